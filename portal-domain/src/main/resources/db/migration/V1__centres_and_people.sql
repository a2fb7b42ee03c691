-- Member centres (network data, not tenant-owned) and their staff (tenant-owned by centre_id).
create table centre (
    id                bigint       not null auto_increment,
    alias             varchar(64)  not null,
    name              varchar(200) not null,
    municipality      varchar(100) not null,
    region            varchar(32)  not null,
    membership_status varchar(16)  not null,
    email             varchar(254),
    phone             varchar(40),
    website           varchar(255),
    version           bigint       not null default 0,
    primary key (id),
    constraint uk_centre_alias unique (alias),
    constraint ck_centre_region check (region in ('POMURSKA','PODRAVSKA','KOROSKA','SAVINJSKA','ZASAVSKA','POSAVSKA',
        'JUGOVZHODNA_SLOVENIJA','OSREDNJESLOVENSKA','GORENJSKA','PRIMORSKO_NOTRANJSKA','GORISKA','OBALNO_KRASKA')),
    constraint ck_centre_status check (membership_status in ('CANDIDATE','MEMBER','SUSPENDED','LEFT'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_centre_region_name on centre (region, name);
create index ix_centre_name on centre (name);

create table person (
    id              bigint       not null auto_increment,
    centre_id       bigint       not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    email           varchar(254) not null,
    position        varchar(150),
    employment_type varchar(16)  not null,
    active          boolean      not null default true,
    created_at      timestamp(3) not null default current_timestamp(3),
    updated_at      timestamp(3) not null default current_timestamp(3),
    version         bigint       not null default 0,
    primary key (id),
    constraint fk_person_centre foreign key (centre_id) references centre (id),
    constraint uk_person_centre_email unique (centre_id, email),
    constraint ck_person_type check (employment_type in ('DIRECTOR','PROFESSIONAL','VOLUNTEER','NEW_HIRE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_person_centre_name on person (centre_id, active, last_name, first_name);
