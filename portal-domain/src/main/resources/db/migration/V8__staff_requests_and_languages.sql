-- The language a person's mails are written in (Slovenian first), and how a centre lets its staff ask to be
-- registered for a training: not at all, with the centre admin's approval (the default), or directly.
alter table person
    add column language varchar(8) not null default 'sl' after employment_type,
    add constraint ck_person_language check (language in ('sl','en'));

alter table centre
    add column staff_requests varchar(16) not null default 'APPROVAL' after membership_status,
    add constraint ck_centre_staff_requests check (staff_requests in ('CLOSED','APPROVAL','DIRECT'));

-- a staff member finds their own person record by the e-mail address they sign in with
create index ix_person_email on person (email);

-- the reminder job looks for confirmed seats on trainings that start soon
create index ix_registration_status_training on registration (status, training_id);
