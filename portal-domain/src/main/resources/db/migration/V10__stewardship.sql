-- Stewardship: each member centre has a steward from the office, who meets the centre (on site or online) and
-- records minutes. A meeting is office data: the centre reads only its shared part (through a tenant-filtered
-- view of the same rows that does not map the internal note at all), and confirms it.
alter table centre
    add column steward_username varchar(100) after staff_requests,
    add column steward_name     varchar(200) after steward_username;

create index ix_centre_steward on centre (steward_username);

create table meeting (
    id                bigint        not null auto_increment,
    centre_id         bigint        not null,
    planned_on        date          not null,
    held_on           date,
    format            varchar(16)   not null,
    status            varchar(16)   not null,
    office_attendees  varchar(500),
    centre_attendees  varchar(500),
    agenda            text,
    -- the minutes' shared part, which the centre reads and confirms
    situation         text,
    needs             text,
    shared_notes      text,
    -- the office's own part: never mapped by what a centre reads
    internal_note     text,
    steward_username  varchar(100)  not null,
    steward_name      varchar(200)  not null,
    confirmed_at      timestamp(3),
    confirmed_by      varchar(100),
    created_at        timestamp(3)  not null default current_timestamp(3),
    updated_at        timestamp(3)  not null default current_timestamp(3),
    version           bigint        not null default 0,
    primary key (id),
    constraint fk_meeting_centre foreign key (centre_id) references centre (id),
    constraint ck_meeting_format check (format in ('ON_SITE','ONLINE')),
    constraint ck_meeting_status check (status in ('PLANNED','HELD','CANCELLED')),
    constraint ck_meeting_held check ((status = 'HELD') = (held_on is not null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_meeting_centre on meeting (centre_id, status, held_on);
create index ix_meeting_held on meeting (status, held_on);

-- A proposal from a meeting: tagged with an area of the plan (its stable key) and what it is for; the office
-- marks the ones it takes into next year's draft plan.
create table meeting_proposal (
    id              bigint        not null auto_increment,
    meeting_id      bigint        not null,
    centre_id       bigint        not null,
    position        int           not null,
    text            varchar(2000) not null,
    area_key        varchar(40),
    kind            varchar(16)   not null,
    taken           boolean       not null default false,
    taken_by        varchar(100),
    taken_at        timestamp(3),
    primary key (id),
    constraint fk_meeting_proposal_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint ck_meeting_proposal_kind check (kind in ('NEXT_PLAN','RESEARCH','OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_meeting_proposal_meeting on meeting_proposal (meeting_id, position);

-- A follow-up agreed at a meeting: a task, whose it is (the office's or the centre's), when it is due, when done.
create table follow_up (
    id          bigint        not null auto_increment,
    meeting_id  bigint        not null,
    centre_id   bigint        not null,
    position    int           not null,
    task        varchar(1000) not null,
    owner_side  varchar(16)   not null,
    owner_name  varchar(200),
    due_on      date,
    done_at     timestamp(3),
    done_by     varchar(100),
    primary key (id),
    constraint fk_follow_up_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint ck_follow_up_owner check (owner_side in ('OFFICE','CENTRE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_follow_up_meeting on follow_up (meeting_id, position);
create index ix_follow_up_open on follow_up (centre_id, done_at);

-- One line per call or e-mail with a centre, so that "last contact" is true.
create table contact_log (
    id            bigint       not null auto_increment,
    centre_id     bigint       not null,
    contacted_on  date         not null,
    kind          varchar(16)  not null,
    note          varchar(300) not null,
    noted_by      varchar(100) not null,
    noted_by_name varchar(200) not null,
    created_at    timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint fk_contact_log_centre foreign key (centre_id) references centre (id),
    constraint ck_contact_log_kind check (kind in ('CALL','EMAIL','OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_contact_log_centre on contact_log (centre_id, contacted_on);
