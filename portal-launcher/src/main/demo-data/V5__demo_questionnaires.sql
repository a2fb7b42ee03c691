-- Demo questionnaires: the 2021 training-needs questionnaire (as the network ran it on the Klub MaMa, with the
-- academy's topics and target groups) answered by 30 member centres, an anonymous per-person evaluation of a 2021
-- training, and this year's needs questionnaire, copied from 2021 and open now, which some centres have started.
-- All answers are fictional, derived from the centre ids; no person is named.

-- ---------------------------------------------------------------- 2021: training needs, closed
insert into questionnaire (id, questionnaire_year, title, introduction, kind, respondent, audience, opens_on, closes_on,
                           anonymous, status, answered, sent_at) values
    (1, 2021, 'Vprašalnik o potrebah po usposabljanjih 2021',
     'Z vprašalnikom zbiramo potrebe članic po usposabljanjih za mladinske delavce, direktorje, prostovoljce in novo zaposlene. Na podlagi odgovorov delovna skupina za usposabljanja pripravi katalog usposabljanj za leto 2021. Vprašalnik izpolni en predstavnik centra v imenu celotnega centra.',
     'NEEDS', 'CENTRE', 'ALL_MEMBERS', '2021-03-01', '2021-04-09', false, 'SENT', true, '2021-03-01 08:00:00');

insert into survey_section (id, questionnaire_id, position, title, description) values
    (1, 1, 1, 'O vašem centru', 'Nekaj podatkov o centru, da bomo usposabljanja lahko prilagodili velikosti ekip.'),
    (2, 1, 2, 'Potrebe po usposabljanjih', null),
    (3, 1, 3, 'Mednarodna usposabljanja', 'Mreža MaMa v letu 2021 načrtuje mednarodna 32-urna usposabljanja.'),
    (4, 1, 4, 'Zadovoljstvo in predlogi', null);

insert into survey_question (id, questionnaire_id, section_id, position, code, question_type, text, help, required,
                             choices, allow_other, scale_size, scale_low, scale_high, min_value, max_value,
                             condition_question, condition_operator, condition_values) values
    (1, 1, 1, 1, 'zaposleni', 'NUMBER', 'Koliko mladinskih delavcev je zaposlenih v vašem centru?',
     'Štejte vse redno zaposlene, tudi za krajši delovni čas.', true, null, false, null, null, null, 0, 200, null, null, null),
    (2, 1, 1, 2, 'prostovoljci', 'NUMBER', 'Koliko prostovoljcev je v zadnjem letu sodelovalo z vašim centrom?',
     null, false, null, false, null, null, null, 0, 5000, null, null, null),
    (3, 1, 2, 1, 'teme', 'TOPICS', 'Katere teme usposabljanj bi vaš center potreboval?',
     'Izberite vse teme, ki so za vaše sodelavce v tem letu pomembne.', true,
     'osnove-mladinskega-dela|Osnove mladinskega dela in digitalno mladinsko delo\ninformiranje|Informiranje, komuniciranje in promocija\ntrening-za-trenerje|Trening za trenerje\nzagovornistvo|Zastopanje in zagovorništvo\ndusevno-zdravje|Duševno zdravje mladih in psihološka podpora mladim\nmednarodno|Mednarodno usposabljanje – mladinska politika\nsupervizija|Supervizija\npisanje-projektov|Pisanje projektov / Erasmus+\nkakovost|Kakovost mladinskega dela (Logbook)',
     false, null, null, null, null, null, null, null, null),
    (4, 1, 2, 2, 'ciljne-skupine', 'MULTIPLE', 'Za katere skupine v vašem centru potrebujete usposabljanja?', null, true,
     'direktorji|direktorji in vodje\nmladinski-delavci|strokovni mladinski delavci\nprostovoljci|prostovoljci\nnovo-zaposleni|novo zaposleni',
     true, null, null, null, null, null, null, null, null),
    (5, 1, 2, 3, 'oblika', 'SINGLE', 'Katera oblika izvedbe vam najbolj ustreza?', null, true,
     'v-zivo|v živo\nna-daljavo|na daljavo\nkombinirano|kombinirano',
     true, null, null, null, null, null, null, null, null),
    (6, 1, 2, 4, 'prednost', 'RANKING', 'Razvrstite področja po pomembnosti za vaš center.',
     'Najpomembnejše na prvo mesto.', false,
     'vodenje|vodenje centra\ndelo-z-mladimi|neposredno delo z mladimi\nprojekti|projekti in financiranje',
     false, null, null, null, null, null, null, null, null),
    (7, 1, 3, 1, 'mednarodno', 'SINGLE', 'Ali bi se vaš center udeležil mednarodnega 32-urnega usposabljanja?', null, true,
     'da|da\nne|ne', false, null, null, null, null, null, null, null, null),
    (8, 1, 3, 2, 'mednarodno-teme', 'LONG_TEXT', 'Katere teme bi želeli na mednarodnem usposabljanju?', null, false,
     null, false, null, null, null, null, null, 'mednarodno', 'EQUALS', 'da'),
    (9, 1, 4, 1, 'zadovoljstvo', 'LIKERT', 'Kako ste zadovoljni z dosedanjimi usposabljanji Mreže MaMa?', null, true,
     null, false, 5, 'sploh nisem zadovoljen', 'zelo sem zadovoljen', null, null, null, null, null),
    (10, 1, 4, 2, 'predlogi', 'LONG_TEXT', 'Vaši predlogi in pripombe', null, false,
     null, false, null, null, null, null, null, null, null, null);

-- 30 member centres answered (all members but a few), in March and early April 2021
insert into survey_response (centre_id, questionnaire_id, person_id, status, started_at, submitted_at, submitted_by)
select c.id, 1, null, 'SUBMITTED', timestamp('2021-03-02 09:00:00') + interval c.id day,
       timestamp('2021-03-03 11:30:00') + interval c.id day, 'demo'
from centre c where c.membership_status = 'MEMBER' and c.id not in (3, 12, 29, 35, 38) order by c.id limit 30;

insert into survey_answer (centre_id, response_id, question_id, value_text, other_text, changed_by, changed_by_name, changed_at)
select r.centre_id, r.id, q.id,
       case q.code
           when 'zaposleni' then cast(1 + mod(r.centre_id * 3, 7) as char)
           when 'prostovoljci' then cast(5 + mod(r.centre_id * 13, 60) as char)
           when 'teme' then concat_ws(char(10),
                if(mod(r.centre_id, 2) = 0, 'osnove-mladinskega-dela', null),
                if(mod(r.centre_id, 5) = 1, 'informiranje', null),
                if(mod(r.centre_id, 7) = 3, 'trening-za-trenerje', null),
                if(mod(r.centre_id, 6) = 2, 'zagovornistvo', null),
                if(mod(r.centre_id, 3) <> 1, 'dusevno-zdravje', null),
                if(mod(r.centre_id, 8) = 5, 'mednarodno', null),
                if(mod(r.centre_id, 4) = 1, 'supervizija', null),
                if(mod(r.centre_id, 3) = 1, 'pisanje-projektov', null),
                if(mod(r.centre_id, 5) = 4, 'kakovost', null))
           when 'ciljne-skupine' then concat_ws(char(10),
                if(mod(r.centre_id, 3) = 0, 'direktorji', null),
                'mladinski-delavci',
                if(mod(r.centre_id, 2) = 1, 'prostovoljci', null),
                if(mod(r.centre_id, 4) = 2, 'novo-zaposleni', null),
                if(r.centre_id = 16, 'other', null))
           when 'oblika' then elt(1 + mod(r.centre_id, 3), 'v-zivo', 'kombinirano', 'na-daljavo')
           when 'prednost' then elt(1 + mod(r.centre_id, 3),
                concat_ws(char(10), 'delo-z-mladimi', 'projekti', 'vodenje'),
                concat_ws(char(10), 'projekti', 'delo-z-mladimi', 'vodenje'),
                concat_ws(char(10), 'delo-z-mladimi', 'vodenje', 'projekti'))
           when 'mednarodno' then if(mod(r.centre_id, 3) = 0, 'ne', 'da')
           when 'mednarodno-teme' then if(mod(r.centre_id, 3) = 0, null, elt(1 + mod(r.centre_id, 4),
                'Vključevanje mladih z manj priložnostmi in mladinska politika na lokalni ravni.',
                'Digitalno mladinsko delo in varnost mladih na spletu.',
                'Participacija mladih in strukturirani dialog z odločevalci.',
                'Duševno zdravje mladih in preprečevanje izgorelosti mladinskih delavcev.'))
           when 'zadovoljstvo' then cast(3 + mod(r.centre_id, 3) as char)
           when 'predlogi' then if(mod(r.centre_id, 4) = 0, elt(1 + mod(r.centre_id, 3),
                'Več usposabljanj v živo, ko bo mogoče; na daljavo je težje sodelovati.',
                'Prosimo za termine izven poletja in ne ob petkih.',
                'Usposabljanja za prostovoljce naj bodo krajša in bolj praktična.'), null)
       end,
       if(q.code = 'ciljne-skupine' and r.centre_id = 16, 'tehnično osebje', null),
       'demo', 'Predstavnik centra', r.submitted_at
from survey_response r join survey_question q on q.questionnaire_id = r.questionnaire_id
where r.questionnaire_id = 1;

delete from survey_answer where value_text is null and other_text is null and response_id in
    (select id from survey_response where questionnaire_id = 1);

-- ---------------------------------------------------------------- 2021: evaluation of a training, per person, anonymous
insert into questionnaire (id, questionnaire_year, title, introduction, kind, respondent, audience, opens_on, closes_on,
                           anonymous, status, answered, sent_at) values
    (2, 2021, 'Evalvacija usposabljanja: Duševno zdravje mladih in psihološka podpora mladim',
     'Hvala, ker ste se udeležili usposabljanja. Vaši odgovori so anonimni in nam pomagajo izboljšati naslednja usposabljanja.',
     'EVALUATION', 'PERSON', 'ALL_MEMBERS', '2021-05-20', '2021-06-10', true, 'SENT', true, '2021-05-20 08:00:00');

insert into survey_section (id, questionnaire_id, position, title, description) values
    (5, 2, 1, 'Ocena usposabljanja', null);

insert into survey_question (id, questionnaire_id, section_id, position, code, question_type, text, help, required,
                             choices, allow_other, scale_size, scale_low, scale_high, min_value, max_value,
                             condition_question, condition_operator, condition_values) values
    (11, 2, 5, 1, 'ocena', 'LIKERT_MATRIX', 'Kako ocenjujete usposabljanje?', null, true,
     'vsebina|vsebina\nizvajalci|izvajalci\norganizacija|organizacija\nuporabnost|uporabnost pri delu', false,
     5, 'slabo', 'odlično', null, null, null, null, null),
    (12, 2, 5, 2, 'priporocilo', 'SINGLE', 'Ali bi usposabljanje priporočili sodelavcem?', null, true,
     'da|da\nne|ne', false, null, null, null, null, null, null, null, null),
    (13, 2, 5, 3, 'pohvale', 'LONG_TEXT', 'Kaj vam je bilo najbolj všeč in kaj bi izboljšali?', null, false,
     null, false, null, null, null, null, null, null, null, null);

insert into survey_response (centre_id, questionnaire_id, person_id, status, started_at, submitted_at, submitted_by)
select p.centre_id, 2, p.id, 'SUBMITTED', '2021-05-21 10:00:00', timestamp('2021-05-21 10:00:00') + interval p.id hour, 'demo'
from person p join centre c on c.id = p.centre_id
where p.active = true and p.employment_type = 'PROFESSIONAL' and c.membership_status = 'MEMBER' order by p.id limit 14;

insert into survey_answer (centre_id, response_id, question_id, value_text, other_text, changed_by, changed_by_name, changed_at)
select r.centre_id, r.id, q.id,
       case q.code
           when 'ocena' then concat_ws(char(10),
                concat('vsebina=', 4 + mod(r.person_id, 2)),
                concat('izvajalci=', 5 - mod(r.person_id, 3) div 2),
                concat('organizacija=', 3 + mod(r.person_id, 3)),
                concat('uporabnost=', 4 + mod(r.person_id + 1, 2)))
           when 'priporocilo' then if(mod(r.person_id, 7) = 0, 'ne', 'da')
           when 'pohvale' then if(mod(r.person_id, 3) = 0, elt(1 + mod(r.person_id, 2),
                'Praktični primeri iz dela z mladimi v stiski. Več časa za vaje v parih.',
                'Odlična izvajalka; gradivo bi želeli prejeti vnaprej.'), null)
       end,
       null, 'demo', 'Udeleženec', r.submitted_at
from survey_response r join survey_question q on q.questionnaire_id = r.questionnaire_id
where r.questionnaire_id = 2;

delete from survey_answer where value_text is null and response_id in
    (select id from survey_response where questionnaire_id = 2);

-- ---------------------------------------------------------------- this year: training needs for next year, open now
insert into questionnaire (id, questionnaire_year, title, introduction, kind, respondent, audience, opens_on, closes_on,
                           anonymous, status, answered, copied_from_id, sent_at)
select 3, year(curdate()), concat('Vprašalnik o potrebah po usposabljanjih ', year(curdate()) + 1),
       replace(introduction, 'za leto 2021', concat('za leto ', year(curdate()) + 1)), kind, respondent, audience,
       curdate() - interval 14 day, curdate() + interval 21 day, false,
       'SENT', true, 1, now() - interval 14 day
from questionnaire where id = 1;

insert into survey_section (id, questionnaire_id, position, title, description)
select id + 5, 3, position, title, replace(description, 'v letu 2021', 'v prihodnjem letu')
from survey_section where questionnaire_id = 1;

insert into survey_question (id, questionnaire_id, section_id, position, code, question_type, text, help, required,
                             choices, allow_other, scale_size, scale_low, scale_high, min_value, max_value,
                             condition_question, condition_operator, condition_values)
select id + 13, 3, section_id + 5, position, code, question_type, text, help, required, choices, allow_other, scale_size,
       scale_low, scale_high, min_value, max_value, condition_question, condition_operator, condition_values
from survey_question where questionnaire_id = 1;

-- this year's topics: the academy's catalogue has grown
update survey_question set choices = concat(choices, char(10), 'prva-psiholoska-pomoc|Prva psihološka pomoč mladim v stiski',
    char(10), 'video|Kratki video za družbena omrežja') where id = 16;
update survey_question set text = 'Katere teme usposabljanj bi vaš center potreboval v prihodnjem letu?' where id = 16;

-- fourteen centres have answered (Brežice not yet): eleven submitted, three still filling in
insert into survey_response (centre_id, questionnaire_id, person_id, status, started_at, submitted_at, submitted_by)
select c.id, 3, null, if(c.id <= 13, 'SUBMITTED', 'IN_PROGRESS'), now() - interval (20 - c.id) day,
       if(c.id <= 13, now() - interval (18 - c.id) day, null), if(c.id <= 13, 'demo', null)
from centre c where c.membership_status = 'MEMBER' and c.id between 2 and 16;

insert into survey_answer (centre_id, response_id, question_id, value_text, other_text, changed_by, changed_by_name, changed_at)
select r.centre_id, r.id, q.id,
       case q.code
           when 'zaposleni' then cast(2 + mod(r.centre_id * 5, 6) as char)
           when 'prostovoljci' then cast(8 + mod(r.centre_id * 11, 50) as char)
           when 'teme' then concat_ws(char(10),
                if(mod(r.centre_id, 3) = 0, 'osnove-mladinskega-dela', null),
                if(mod(r.centre_id, 2) = 0, 'dusevno-zdravje', null),
                if(mod(r.centre_id, 3) <> 0, 'prva-psiholoska-pomoc', null),
                if(mod(r.centre_id, 4) = 1, 'video', null),
                if(mod(r.centre_id, 5) = 2, 'pisanje-projektov', null))
           when 'ciljne-skupine' then concat_ws(char(10), 'mladinski-delavci',
                if(mod(r.centre_id, 2) = 0, 'prostovoljci', null), if(mod(r.centre_id, 3) = 0, 'novo-zaposleni', null))
           when 'oblika' then elt(1 + mod(r.centre_id, 3), 'v-zivo', 'v-zivo', 'kombinirano')
           when 'mednarodno' then if(mod(r.centre_id, 4) = 0, 'ne', 'da')
           when 'mednarodno-teme' then if(mod(r.centre_id, 4) = 0, null,
                'Mladinsko delo z mladimi iz ranljivih skupin in izmenjava dobrih praks s tujimi centri.')
           when 'zadovoljstvo' then cast(4 + mod(r.centre_id, 2) as char)
           else null
       end,
       null, 'demo', 'Predstavnik centra', r.started_at + interval 1 day
from survey_response r join survey_question q on q.questionnaire_id = r.questionnaire_id
where r.questionnaire_id = 3 and (r.status = 'SUBMITTED' or q.code in ('zaposleni', 'teme'));

delete from survey_answer where value_text is null and response_id in
    (select id from survey_response where questionnaire_id = 3);

-- ---------------------------------------------------------------- the plan: the response rate is a measure
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure)
select a.plan_id, a.id, 'usposabljanje-a2-t1', 1, 60, '% članic', 'članice, ki so odgovorile na vprašalnik o potrebah',
       'survey.responseRate'
from plan_activity a where a.item_key = 'usposabljanje-a2' and a.plan_id = (select min(id) from plan where plan_year = 2021);
