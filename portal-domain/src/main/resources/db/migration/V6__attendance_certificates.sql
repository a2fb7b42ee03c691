-- Attendance per session, marked by the office, and certificates with a public verification code.
create table attendance (
    id              bigint       not null auto_increment,
    registration_id bigint       not null,
    session_id      bigint       not null,
    present         boolean      not null,
    marked_by       varchar(100) not null,
    marked_at       timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint fk_attendance_registration foreign key (registration_id) references registration (id),
    constraint fk_attendance_session foreign key (session_id) references training_session (id) on delete cascade,
    constraint uk_attendance unique (registration_id, session_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create table certificate (
    id              bigint        not null auto_increment,
    registration_id bigint        not null,
    code            varchar(16)   not null,
    hours           decimal(6,2)  not null,
    issued_by       varchar(100)  not null,
    issued_at       timestamp(3)  not null default current_timestamp(3),
    primary key (id),
    constraint fk_certificate_registration foreign key (registration_id) references registration (id),
    constraint uk_certificate_registration unique (registration_id),
    constraint uk_certificate_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;
