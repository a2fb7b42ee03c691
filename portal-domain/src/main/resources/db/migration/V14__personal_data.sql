-- Personal data: the office erases a person who left (inactive in every centre). The person's row stays, so the
-- trainings, hours and answers it is counted in still add up, but its name, e-mail and position are replaced by a
-- placeholder ("Izbrisana oseba #<id>"), and it can never be edited or made active again.
alter table person
    add column erased_at timestamp(3) null after active;

-- That an erasure happened: which person row, of which centre, when and by whom (the office admin's user name).
-- Never who the person was: no name, no address.
create table person_erasure (
    id              bigint       not null auto_increment,
    person_id       bigint       not null,
    centre_id       bigint       not null,
    erased_at       timestamp(3) not null,
    erased_by       varchar(100) not null,
    -- whether the person's Keycloak account was deleted in the same step (false: none, or accounts not managed)
    account_deleted boolean      not null,
    primary key (id),
    constraint fk_person_erasure_person foreign key (person_id) references person (id),
    constraint fk_person_erasure_centre foreign key (centre_id) references centre (id),
    constraint uk_person_erasure_person unique (person_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_person_erasure_at on person_erasure (erased_at);
