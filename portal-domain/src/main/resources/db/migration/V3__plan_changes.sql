-- Who changed what in a plan's content, and when (adoption steps have their own record in plan_step).
create table plan_change (
    id         bigint       not null auto_increment,
    plan_id    bigint       not null,
    item_key   varchar(40),
    item_type  varchar(16)  not null,
    action     varchar(16)  not null,
    label      varchar(300) not null,
    changed_by varchar(100) not null,
    changed_at timestamp(3) not null default current_timestamp(3),
    primary key (id),
    constraint fk_plan_change_plan foreign key (plan_id) references plan (id) on delete cascade,
    constraint ck_plan_change_action check (action in ('CREATED','DESCRIBED','ADDED','CHANGED','REMOVED','MOVED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_plan_change_plan on plan_change (plan_id, id);
