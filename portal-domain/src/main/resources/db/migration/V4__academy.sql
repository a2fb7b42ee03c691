-- The training academy: the yearly catalogue (network data) and registrations (tenant-owned by centre_id).
create table training (
    id                    bigint       not null auto_increment,
    training_year         int          not null,
    title                 varchar(200) not null,
    description           text,
    topic                 varchar(100),
    target_groups         varchar(100) not null,
    format                varchar(16)  not null,
    location              varchar(200),
    capacity              int          not null,
    centre_quota          int,
    registration_deadline date         not null,
    status                varchar(16)  not null,
    -- seat counters, kept under the training's row lock by every registration and cancellation
    seats_taken           int          not null default 0,
    waitlist_length       int          not null default 0,
    created_at            timestamp(3) not null default current_timestamp(3),
    updated_at            timestamp(3) not null default current_timestamp(3),
    version               bigint       not null default 0,
    primary key (id),
    constraint ck_training_format check (format in ('ON_SITE','ONLINE','INTERNATIONAL')),
    constraint ck_training_status check (status in ('DRAFT','PUBLISHED','CANCELLED','COMPLETED')),
    constraint ck_training_capacity check (capacity > 0 and seats_taken between 0 and capacity),
    constraint ck_training_quota check (centre_quota is null or centre_quota > 0),
    constraint ck_training_waitlist check (waitlist_length >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_training_year on training (training_year, status);

create table training_session (
    id           bigint       not null auto_increment,
    training_id  bigint       not null,
    session_date date         not null,
    starts_at    time         not null,
    ends_at      time         not null,
    hours        decimal(5,2) not null,
    primary key (id),
    constraint fk_training_session_training foreign key (training_id) references training (id) on delete cascade,
    constraint ck_training_session_times check (ends_at > starts_at and hours > 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_training_session_date on training_session (training_id, session_date, starts_at);

create table trainer (
    id              bigint       not null auto_increment,
    training_id     bigint       not null,
    name            varchar(150) not null,
    external_expert boolean      not null default false,
    position        int          not null,
    primary key (id),
    constraint fk_trainer_training foreign key (training_id) references training (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

-- A person of a centre on a training: confirmed, on the waitlist (positions 1..n per training), asked for
-- (awaiting the centre admin) or cancelled. A person holds at most one live registration per training.
create table registration (
    id                bigint       not null auto_increment,
    centre_id         bigint       not null,
    training_id       bigint       not null,
    person_id         bigint       not null,
    status            varchar(16)  not null,
    waitlist_position int,
    registered_by     varchar(100) not null,
    registered_at     timestamp(3) not null default current_timestamp(3),
    cancelled_at      timestamp(3),
    version           bigint       not null default 0,
    live_person       bigint as (if(status = 'CANCELLED', null, person_id)) persistent,
    primary key (id),
    constraint fk_registration_centre foreign key (centre_id) references centre (id),
    constraint fk_registration_training foreign key (training_id) references training (id),
    constraint fk_registration_person foreign key (person_id) references person (id),
    constraint uk_registration_live_person unique (training_id, live_person),
    constraint uk_registration_waitlist unique (training_id, waitlist_position),
    constraint ck_registration_status check (status in ('REQUESTED','CONFIRMED','WAITLISTED','CANCELLED')),
    constraint ck_registration_waitlist check ((status = 'WAITLISTED') = (waitlist_position is not null)
        and (waitlist_position is null or waitlist_position > 0))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_registration_centre on registration (centre_id, training_id, status);
create index ix_registration_person on registration (person_id, status);
