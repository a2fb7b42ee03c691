-- The weekly news (tedenske novice): one issue per ISO week, written by the office and sent to the people who opted
-- in. Network data, no centre owns it. The items are frozen at send time, so the archive shows what was sent even
-- when a training or a practice changes later.
create table news_issue (
    id              bigint        not null auto_increment,
    iso_year        int           not null,
    iso_week        int           not null,
    title           varchar(200)  not null,
    editorial       text,
    status          varchar(16)   not null,
    -- the days the sources were asked about when the items were gathered
    period_from     date          not null,
    period_to       date          not null,
    sent_at         timestamp(3)  null,
    sent_by         varchar(100),
    recipient_count int,
    created_at      timestamp(3)  not null default current_timestamp(3),
    updated_at      timestamp(3)  not null default current_timestamp(3),
    version         bigint        not null default 0,
    primary key (id),
    constraint uk_news_issue_week unique (iso_year, iso_week),
    constraint ck_news_issue_week check (iso_week between 1 and 53),
    constraint ck_news_issue_status check (status in ('DRAFT','SENT')),
    constraint ck_news_issue_sent check (status = 'DRAFT' or (sent_at is not null and recipient_count is not null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_news_issue_sent on news_issue (status, iso_year, iso_week);

-- One line of an issue, copied from a feature's source: its section, title, a short language-neutral detail (a
-- centre, a period), the date that matters (deadline, closing day, month, publication) and the portal page.
create table news_item (
    id        bigint       not null auto_increment,
    issue_id  bigint       not null,
    position  int          not null,
    section   varchar(16)  not null,
    title     varchar(500) not null,
    detail    varchar(300),
    item_date date,
    link_path varchar(300) not null,
    included  boolean      not null default true,
    primary key (id),
    constraint fk_news_item_issue foreign key (issue_id) references news_issue (id) on delete cascade,
    constraint ck_news_item_section check (section in ('ACADEMY','SURVEY','PLAN','PRACTICE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_news_item_issue on news_item (issue_id, position);

-- Who gets the news: opt-in only. A signed-in person subscribes with the verified address of their sign-in; the
-- random token in every mail unsubscribes without signing in.
create table news_subscription (
    id          bigint       not null auto_increment,
    email       varchar(254) not null,
    language    varchar(8)   not null,
    token       varchar(64)  not null,
    person_id   bigint,
    centre_id   bigint,
    created_at  timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint uk_news_subscription_email unique (email),
    constraint uk_news_subscription_token unique (token),
    constraint ck_news_subscription_language check (language in ('sl','en')),
    constraint fk_news_subscription_person foreign key (person_id) references person (id) on delete set null,
    constraint fk_news_subscription_centre foreign key (centre_id) references centre (id) on delete set null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;
