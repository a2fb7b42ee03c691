-- The mail outbox: every mail the portal sends is first stored here, in the same transaction as the change it
-- tells about, and sent later by a job that retries with back-off. Network data, not tenant-owned.
create table outbox_mail (
    id              bigint        not null auto_increment,
    -- what the mail is about, e.g. academy.registration.42.confirmed: the same mail is never queued twice
    dedupe_key      varchar(200)  not null,
    recipient       varchar(254)  not null,
    language        varchar(8)    not null,
    subject         varchar(300)  not null,
    body_text       mediumtext    not null,
    -- an iCalendar object sent as a text/calendar part (METHOD:REQUEST or CANCEL), when the mail has one
    calendar        mediumtext,
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    -- when the job may next try; while one job instance is sending, it holds the mail by moving this ahead
    next_attempt_at timestamp(3)  not null default current_timestamp(3),
    last_error      varchar(1000),
    created_at      timestamp(3)  not null default current_timestamp(3),
    sent_at         timestamp(3),
    version         bigint        not null default 0,
    primary key (id),
    constraint uk_outbox_mail_dedupe unique (dedupe_key),
    constraint ck_outbox_mail_status check (status in ('PENDING','SENT','FAILED')),
    constraint ck_outbox_mail_attempts check (attempts >= 0),
    constraint ck_outbox_mail_sent check ((status = 'SENT') = (sent_at is not null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_outbox_mail_due on outbox_mail (status, next_attempt_at);
