-- Needs and evaluation questionnaires. The questionnaire, its sections and questions are network data (the
-- office builds them); responses and answers are tenant-owned by centre_id (a centre sees only its own).
create table questionnaire (
    id                bigint        not null auto_increment,
    questionnaire_year int          not null,
    title             varchar(200)  not null,
    introduction      text,
    kind              varchar(16)   not null,
    -- one shared response per centre, or one per person
    respondent        varchar(16)   not null,
    -- who is asked: every member centre, the member centres of some regions, or chosen centres
    audience          varchar(16)   not null,
    audience_regions  varchar(400),
    opens_on          date          not null,
    closes_on         date          not null,
    anonymous         boolean       not null default false,
    status            varchar(16)   not null,
    -- set with the first response: from then on, changes that would break answers are refused
    answered          boolean       not null default false,
    -- centres see other centres' individual answers only when the office publishes them
    answers_published boolean       not null default false,
    copied_from_id    bigint,
    sent_at           timestamp(3),
    created_at        timestamp(3)  not null default current_timestamp(3),
    updated_at        timestamp(3)  not null default current_timestamp(3),
    version           bigint        not null default 0,
    primary key (id),
    constraint fk_questionnaire_copy foreign key (copied_from_id) references questionnaire (id),
    constraint ck_questionnaire_kind check (kind in ('NEEDS','EVALUATION','OTHER')),
    constraint ck_questionnaire_respondent check (respondent in ('CENTRE','PERSON')),
    constraint ck_questionnaire_audience check (audience in ('ALL_MEMBERS','REGIONS','CENTRES')),
    constraint ck_questionnaire_status check (status in ('DRAFT','SENT')),
    constraint ck_questionnaire_dates check (closes_on >= opens_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_questionnaire_year on questionnaire (questionnaire_year, status);

create table questionnaire_centre (
    questionnaire_id bigint not null,
    centre_id        bigint not null,
    primary key (questionnaire_id, centre_id),
    constraint fk_questionnaire_centre_q foreign key (questionnaire_id) references questionnaire (id) on delete cascade,
    constraint fk_questionnaire_centre_c foreign key (centre_id) references centre (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create table survey_section (
    id                 bigint       not null auto_increment,
    questionnaire_id   bigint       not null,
    position           int          not null,
    title              varchar(200) not null,
    description        text,
    -- shown only when an earlier question's answer meets the condition (all three null: always shown)
    condition_question varchar(40),
    condition_operator varchar(16),
    condition_values   varchar(1000),
    primary key (id),
    constraint fk_survey_section_q foreign key (questionnaire_id) references questionnaire (id) on delete cascade,
    constraint ck_survey_section_operator check (condition_operator is null
        or condition_operator in ('EQUALS','ANY_OF','ANSWERED','NOT_ANSWERED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_survey_section_q on survey_section (questionnaire_id, position);

create table survey_question (
    id                 bigint        not null auto_increment,
    questionnaire_id   bigint        not null,
    section_id         bigint        not null,
    position           int           not null,
    -- stable across copies and years: results of two years are compared on it
    code               varchar(40)   not null,
    question_type      varchar(16)   not null,
    text               varchar(1000) not null,
    help               varchar(1000),
    required           boolean       not null default false,
    -- one "code|label" per line: the choices of a choice, ranking or topic question, the statements of a matrix
    choices            text,
    allow_other        boolean       not null default false,
    scale_size         int,
    scale_low          varchar(100),
    scale_high         varchar(100),
    min_value          decimal(12,2),
    max_value          decimal(12,2),
    condition_question varchar(40),
    condition_operator varchar(16),
    condition_values   varchar(1000),
    primary key (id),
    constraint fk_survey_question_q foreign key (questionnaire_id) references questionnaire (id) on delete cascade,
    constraint fk_survey_question_s foreign key (section_id) references survey_section (id) on delete cascade,
    constraint uk_survey_question_code unique (questionnaire_id, code),
    constraint ck_survey_question_type check (question_type in ('SINGLE','MULTIPLE','LIKERT','LIKERT_MATRIX',
        'SHORT_TEXT','LONG_TEXT','NUMBER','DATE','RANKING','TOPICS')),
    constraint ck_survey_question_operator check (condition_operator is null
        or condition_operator in ('EQUALS','ANY_OF','ANSWERED','NOT_ANSWERED')),
    constraint ck_survey_question_scale check (scale_size is null or scale_size between 2 and 11)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_survey_question_s on survey_question (section_id, position);

-- One centre's (or one person's) response. Per-centre questionnaires have one response per centre (person_id
-- null), per-person ones one per person: the generated respondent key makes the database refuse a second one.
create table survey_response (
    id               bigint       not null auto_increment,
    centre_id        bigint       not null,
    questionnaire_id bigint       not null,
    person_id        bigint,
    status           varchar(16)  not null,
    started_at       timestamp(3) not null default current_timestamp(3),
    submitted_at     timestamp(3),
    submitted_by     varchar(100),
    version          bigint       not null default 0,
    person_key       bigint as (coalesce(person_id, 0)) persistent,
    primary key (id),
    constraint fk_survey_response_centre foreign key (centre_id) references centre (id),
    constraint fk_survey_response_q foreign key (questionnaire_id) references questionnaire (id),
    constraint fk_survey_response_person foreign key (person_id) references person (id),
    constraint uk_survey_response_respondent unique (questionnaire_id, centre_id, person_key),
    constraint ck_survey_response_status check (status in ('IN_PROGRESS','SUBMITTED')),
    constraint ck_survey_response_submitted check ((status = 'SUBMITTED') = (submitted_at is not null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_survey_response_q on survey_response (questionnaire_id, status);

-- One answer to one question of a response, saved as it is typed; who changed it last and when.
create table survey_answer (
    id              bigint       not null auto_increment,
    centre_id       bigint       not null,
    response_id     bigint       not null,
    question_id     bigint       not null,
    value_text      mediumtext,
    other_text      varchar(500),
    changed_by      varchar(100) not null,
    changed_by_name varchar(200) not null,
    changed_at      timestamp(3) not null default current_timestamp(3),
    version         bigint       not null default 0,
    primary key (id),
    constraint fk_survey_answer_centre foreign key (centre_id) references centre (id),
    constraint fk_survey_answer_response foreign key (response_id) references survey_response (id) on delete cascade,
    constraint fk_survey_answer_question foreign key (question_id) references survey_question (id),
    constraint uk_survey_answer unique (response_id, question_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_slovenian_ci;

create index ix_survey_answer_question on survey_answer (question_id);

-- A draft training created from a questionnaire's results keeps the demand that led to it.
alter table training
    add column demand_count int after waitlist_length,
    add column demand_source varchar(300) after demand_count;
