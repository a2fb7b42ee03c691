-- The annual work plan (LDN). Network data, not tenant-owned. Each row of `plan` is one version of a year's
-- plan; its items keep a stable item_key across copies and versions so two versions can be compared.
create table plan (
    id               bigint       not null auto_increment,
    plan_year        int          not null,
    version_no       int          not null,
    title            varchar(200) not null,
    introduction     text,
    stage            varchar(24)  not null,
    amendment_of     bigint,
    amendment_reason text,
    published_on     date,
    created_at       timestamp(3) not null default current_timestamp(3),
    updated_at       timestamp(3) not null default current_timestamp(3),
    version          bigint       not null default 0,
    -- at most one version of a year is being prepared at a time (an unpublished plan or amendment)
    open_year        int as (if(stage = 'PUBLISHED', null, plan_year)) persistent,
    primary key (id),
    constraint uk_plan_year_version unique (plan_year, version_no),
    constraint uk_plan_open_year unique (open_year),
    constraint fk_plan_amendment_of foreign key (amendment_of) references plan (id),
    constraint ck_plan_stage check (stage in ('DRAFT','COUNCIL','EXPERT_COUNCIL','MEMBERS_CLUB','INSTITUTE_COUNCIL',
        'ASSEMBLY','PUBLISHED')),
    constraint ck_plan_year check (plan_year between 2000 and 2100)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

-- One row per approval step taken (or returned), in order.
create table plan_step (
    id          bigint       not null auto_increment,
    plan_id     bigint       not null,
    stage       varchar(24)  not null,
    decided_on  date         not null,
    decision    varchar(16)  not null,
    note        text,
    recorded_by varchar(100) not null,
    recorded_at timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint fk_plan_step_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint ck_plan_step_decision check (decision in ('APPROVED','RETURNED','PUBLISHED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_step_plan on plan_step (plan_id, id);

-- Areas (področja) and, inside an area, projects and programmes with their own purpose, goals and activities.
create table plan_section (
    id              bigint        not null auto_increment,
    plan_id         bigint        not null,
    parent_id       bigint,
    item_key        varchar(40)   not null,
    position        int           not null,
    kind            varchar(16)   not null,
    chapter         varchar(200),
    title           varchar(300)  not null,
    strategy_goals  text,
    purpose         text,
    funding         varchar(200),
    network_role    varchar(16),
    version         bigint        not null default 0,
    primary key (id),
    constraint fk_plan_section_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint fk_plan_section_parent foreign key (parent_id) references plan_section (id) on delete cascade,
    constraint uk_plan_section_key unique (plan_id, item_key),
    constraint ck_plan_section_kind check (kind in ('AREA','PROJECT','PROGRAMME')),
    constraint ck_plan_section_role check (network_role is null or network_role in ('APPLICANT','PARTNER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_section_order on plan_section (plan_id, parent_id, position);

-- Numbered goals (CILJI) and qualitative indicators (KVALITATIVNI KAZALNIKI) of a section.
create table plan_statement (
    id         bigint       not null auto_increment,
    plan_id    bigint       not null,
    section_id bigint       not null,
    item_key   varchar(40)  not null,
    position   int          not null,
    kind       varchar(16)  not null,
    text       text         not null,
    version    bigint       not null default 0,
    primary key (id),
    constraint fk_plan_statement_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint fk_plan_statement_section foreign key (section_id) references plan_section (id) on delete cascade,
    constraint uk_plan_statement_key unique (plan_id, item_key),
    constraint ck_plan_statement_kind check (kind in ('GOAL','INDICATOR'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_statement_order on plan_statement (section_id, kind, position);

-- Activities: KAJ (title), KDAJ (period label and months), KAZALNIK (description), and what centres can join.
create table plan_activity (
    id            bigint       not null auto_increment,
    plan_id       bigint       not null,
    section_id    bigint       not null,
    item_key      varchar(40)  not null,
    position      int          not null,
    title         varchar(500) not null,
    period_label  varchar(100),
    month_from    tinyint,
    month_to      tinyint,
    description   text,
    participation varchar(500),
    version       bigint       not null default 0,
    primary key (id),
    constraint fk_plan_activity_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint fk_plan_activity_section foreign key (section_id) references plan_section (id) on delete cascade,
    constraint uk_plan_activity_key unique (plan_id, item_key),
    constraint ck_plan_activity_months check ((month_from is null and month_to is null)
        or (month_from between 1 and 12 and month_to between month_from and 12))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_activity_order on plan_activity (section_id, position);

-- Quantitative targets of an activity: number + unit + what is counted, optionally fed by a named measure.
create table plan_target (
    id           bigint        not null auto_increment,
    plan_id      bigint        not null,
    activity_id  bigint        not null,
    item_key     varchar(40)   not null,
    position     int           not null,
    target_value decimal(12,2) not null,
    unit         varchar(60)   not null,
    counted      varchar(300)  not null,
    measure      varchar(64),
    version      bigint        not null default 0,
    primary key (id),
    constraint fk_plan_target_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint fk_plan_target_activity foreign key (activity_id) references plan_activity (id) on delete cascade,
    constraint uk_plan_target_key unique (plan_id, item_key),
    constraint ck_plan_target_value check (target_value > 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_target_order on plan_target (activity_id, position);

-- Actual values entered by the office during the year. Keyed by year and the target's stable key, so they
-- outlive amendments: the plan is versioned, the progress is not.
create table plan_actual (
    id          bigint        not null auto_increment,
    plan_year   int           not null,
    target_key  varchar(40)   not null,
    actual      decimal(12,2) not null,
    measured_on date          not null,
    evidence    varchar(1000),
    recorded_by varchar(100)  not null,
    recorded_at timestamp(3)  not null default current_timestamp(3),
    primary key (id),
    constraint ck_plan_actual_value check (actual >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_actual_target on plan_actual (plan_year, target_key, measured_on, id);
