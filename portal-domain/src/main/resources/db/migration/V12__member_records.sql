-- Membership records (evidenca članstva): each centre's legal profile, its membership as dated periods (the centre's
-- membership_status stays the current one, which other features filter by), its contact people, the yearly
-- membership fee, and every change of the record with who made it, when, and the old and new value.
alter table centre
    add column legal_name          varchar(250) after website,
    add column registration_number varchar(10)  after legal_name,
    add column tax_number          varchar(8)   after registration_number,
    add column street              varchar(200) after tax_number,
    add column postcode            varchar(4)   after street,
    add column post_town           varchar(100) after postcode,
    add column founded_year        int          after post_town,
    add column member_since        date         after founded_year,
    add column uses_logbook        boolean      not null default false after member_since,
    add column runs_hostel         boolean      not null default false after uses_logbook,
    add column hostel_beds         int          after runs_hostel,
    add constraint ck_centre_registration_number check (registration_number regexp '^([0-9]{7}|[0-9]{10})$'),
    add constraint ck_centre_tax_number check (tax_number regexp '^[0-9]{8}$'),
    add constraint ck_centre_postcode check (postcode regexp '^[0-9]{4}$'),
    add constraint ck_centre_founded_year check (founded_year between 1900 and 2100),
    add constraint ck_centre_hostel check ((runs_hostel and hostel_beds is not null and hostel_beds > 0) or (not runs_hostel and hostel_beds is null));

-- One row per change of membership status, from its date on; the last row (by id) is the current status.
-- from_date is null only for the rows backfilled below: the status a centre had before the record was kept, whose
-- start nobody entered. Every change made in the portal has a date.
create table centre_membership (
    id         bigint       not null auto_increment,
    centre_id  bigint       not null,
    status     varchar(16)  not null,
    from_date  date,
    note       varchar(300),
    created_at timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint fk_centre_membership_centre foreign key (centre_id) references centre (id),
    constraint ck_centre_membership_status check (status in ('CANDIDATE','MEMBER','SUSPENDED','LEFT'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_centre_membership_centre on centre_membership (centre_id, id);

insert into centre_membership (centre_id, status, from_date, note)
select id, membership_status, null, null from centre;

-- A centre's contact people: director, contact person, accounting, other.
create table centre_contact (
    id        bigint       not null auto_increment,
    centre_id bigint       not null,
    role      varchar(16)  not null,
    name      varchar(200) not null,
    email     varchar(254),
    phone     varchar(40),
    primary key (id),
    constraint fk_centre_contact_centre foreign key (centre_id) references centre (id),
    constraint ck_centre_contact_role check (role in ('DIRECTOR','CONTACT_PERSON','ACCOUNTING','OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_centre_contact_centre on centre_contact (centre_id, id);

-- The membership fee (članarina) of a centre for a year: at most one row per centre and year.
create table membership_fee (
    id          bigint        not null auto_increment,
    centre_id   bigint        not null,
    fee_year    int           not null,
    amount_due  decimal(10,2) not null,
    due_on      date          not null,
    paid_on     date,
    amount_paid decimal(10,2),
    version     bigint        not null default 0,
    primary key (id),
    constraint fk_membership_fee_centre foreign key (centre_id) references centre (id),
    constraint uk_membership_fee_centre_year unique (centre_id, fee_year),
    constraint ck_membership_fee_due check (amount_due > 0),
    constraint ck_membership_fee_paid check ((paid_on is null and amount_paid is null)
        or (paid_on is not null and amount_paid > 0))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_membership_fee_year on membership_fee (fee_year);

-- Every change of a centre's record: who, when, which field (a bundle key), the old and the new value.
create table centre_change (
    id              bigint        not null auto_increment,
    centre_id       bigint        not null,
    changed_at      timestamp(3)  not null,
    changed_by      varchar(100)  not null,
    changed_by_name varchar(200)  not null,
    field           varchar(64)   not null,
    subject         varchar(100),
    old_value       varchar(1000),
    new_value       varchar(1000),
    primary key (id),
    constraint fk_centre_change_centre foreign key (centre_id) references centre (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_centre_change_centre on centre_change (centre_id, changed_at, id);
