-- The good-practice catalogue. A practice is tenant-owned by centre_id: the centre writes it and submits it; the office
-- reviews it (the review columns), publishes it for members and, when public_visible, for everyone.
create table practice (
    id             bigint        not null auto_increment,
    centre_id      bigint        not null,
    title          varchar(200)  not null,
    summary        text,
    topic          varchar(100),
    target_group   varchar(300),
    partners       varchar(1000),
    -- between commas, e.g. ',MUNICIPALITY,SCHOOL,', so one type is found with like '%,SCHOOL,%'
    partner_types  varchar(200)  not null default '',
    results        text,
    contact_name   varchar(150),
    contact_email  varchar(254),
    status         varchar(20)   not null,
    submitted_at   timestamp(3)  null,
    -- the office's part
    public_visible boolean       not null default false,
    review_note    varchar(2000),
    reviewed_at    timestamp(3)  null,
    reviewed_by    varchar(100),
    published_at   timestamp(3)  null,
    created_at     timestamp(3)  not null default current_timestamp(3),
    updated_at     timestamp(3)  not null default current_timestamp(3),
    version        bigint        not null default 0,
    primary key (id),
    -- lets an attachment's foreign key name the practice and its centre together
    constraint uk_practice_centre unique (id, centre_id),
    constraint fk_practice_centre foreign key (centre_id) references centre (id),
    constraint ck_practice_status check (status in ('DRAFT','SUBMITTED','CHANGES_REQUESTED','PUBLISHED','WITHDRAWN')),
    constraint ck_practice_submitted check (status = 'DRAFT' or submitted_at is not null),
    constraint ck_practice_published check (status <> 'PUBLISHED' or published_at is not null)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_practice_status on practice (status, published_at);
create index ix_practice_centre on practice (centre_id, status);

-- Photos and documents of a practice: a few per practice, at most 5 MB each, their kind checked by content.
create table practice_attachment (
    id           bigint       not null auto_increment,
    centre_id    bigint       not null,
    practice_id  bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   int          not null,
    content      mediumblob   not null,
    created_at   timestamp(3) not null default current_timestamp(3),
    primary key (id),
    -- the file belongs to a practice of the same centre
    constraint fk_practice_attachment_practice foreign key (practice_id, centre_id)
        references practice (id, centre_id) on delete cascade,
    constraint ck_practice_attachment_size check (size_bytes between 1 and 5242880),
    constraint ck_practice_attachment_type check (content_type in ('image/png','image/jpeg','image/webp',
        'application/pdf','application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_practice_attachment_practice on practice_attachment (practice_id, id);
