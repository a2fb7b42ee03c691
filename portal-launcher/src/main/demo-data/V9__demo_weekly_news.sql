-- Demo weekly news: three issues sent in the last three weeks (none this week, so the office admin can prepare and
-- send this week's), with fictional editorials and the items they listed then, and subscriptions of demo users:
-- Brežice's admin and staff member (Slovenian), Celje's admin (English) and the steward. The office admin is not
-- subscribed. Unsubscribe tokens are random, as the portal makes them. Weeks are ISO weeks (MariaDB's yearweek mode 3), counted back from the day the demo data is loaded.

insert into news_issue (id, iso_year, iso_week, title, editorial, status, period_from, period_to, sent_at, sent_by,
                        recipient_count, created_at, updated_at) values
    (1, yearweek(curdate() - interval 21 day, 3) div 100, yearweek(curdate() - interval 21 day, 3) mod 100,
     'Jesenski zagon mreže',
     'Drage članice,\n\npo poletnih taborih in mladinskih izmenjavah je jesen spet čas za usposabljanja. V katalogu akademije sta odprti prijavi za dve novi usposabljanji; pohitite, saj je mest za vsak center omejeno.\n\nVabimo vas tudi, da izpolnite vprašalnik o potrebah po usposabljanjih za prihodnje leto: iz vaših odgovorov bo delovna skupina sestavila novi katalog.',
     'SENT', curdate() - interval 28 day, curdate() - interval 21 day,
     timestamp(curdate() - interval 21 day, '09:15:00'), 'office.admin', 4,
     timestamp(curdate() - interval 22 day, '14:00:00'), timestamp(curdate() - interval 21 day, '09:15:00')),
    (2, yearweek(curdate() - interval 14 day, 3) div 100, yearweek(curdate() - interval 14 day, 3) mod 100,
     'Dobre prakse iz Štajerske in Posavja',
     'Drage članice,\n\nta teden predstavljamo dobro prakso iz Ptuja, ki je nastala ob sodelovanju s srednjimi šolami. Delavnice o duševnem zdravju so letos obiskali dijaki štirih šol in nam pokazali, kako pomemben je varen prostor za pogovor.\n\nSkrbniki v teh tednih obiskujemo članice, ki jih letos še nismo srečali. Če želite termin, nam pišite.',
     'SENT', curdate() - interval 21 day, curdate() - interval 14 day,
     timestamp(curdate() - interval 14 day, '10:00:00'), 'office.admin', 4,
     timestamp(curdate() - interval 15 day, '16:30:00'), timestamp(curdate() - interval 14 day, '10:00:00')),
    (3, yearweek(curdate() - interval 7 day, 3) div 100, yearweek(curdate() - interval 7 day, 3) mod 100,
     'Še teden dni za vprašalnik o potrebah',
     'Drage članice,\n\nvprašalnik o potrebah po usposabljanjih je oddala že dobra polovica centrov. Hvala vsem, ki ste si vzeli čas! Tiste, ki še niste, prosimo, da ga oddate do zaprtja.\n\nDecembra se bo sestal Klub MaMa; gradivo vam pošljemo teden pred srečanjem.',
     'SENT', curdate() - interval 14 day, curdate() - interval 7 day,
     timestamp(curdate() - interval 7 day, '08:45:00'), 'office.admin', 4,
     timestamp(curdate() - interval 8 day, '12:00:00'), timestamp(curdate() - interval 7 day, '08:45:00'));

insert into news_item (issue_id, position, section, title, detail, item_date, link_path, included)
select 1, 0, 'ACADEMY', title, location, registration_deadline, concat('/academy/training?id=', id), true
from training where title = 'Prva psihološka pomoč mladim v stiski'
union all
select 1, 1, 'ACADEMY', title, location, registration_deadline, concat('/academy/training?id=', id), true
from training where title = 'Digitalno mladinsko delo: orodja in varnost na spletu'
union all
select 1, 2, 'SURVEY', title, null, closes_on, '/surveys', true from questionnaire where id = 3
union all
select 1, 3, 'PRACTICE', p.title, c.name, date(p.published_at), concat('/practices/view?id=', p.id), true
from practice p join centre c on c.id = p.centre_id where p.id = 3
union all
select 2, 0, 'ACADEMY', title, location, registration_deadline, concat('/academy/training?id=', id), true
from training where title = 'Prva psihološka pomoč mladim v stiski'
union all
select 2, 1, 'SURVEY', title, null, closes_on, '/surveys', true from questionnaire where id = 3
union all
select 2, 2, 'PRACTICE', p.title, c.name, date(p.published_at), concat('/practices/view?id=', p.id), true
from practice p join centre c on c.id = p.centre_id where p.id = 4
union all
select 3, 0, 'ACADEMY', title, location, registration_deadline, concat('/academy/training?id=', id), true
from training where title = 'Digitalno mladinsko delo: orodja in varnost na spletu'
union all
select 3, 1, 'SURVEY', title, null, closes_on, '/surveys', true from questionnaire where id = 3;

insert into news_subscription (email, language, token, person_id, centre_id, created_at) values
    ('alenka.mlakar@mc-brezice.example.org', 'sl', sha2(uuid(), 256), 1, 1, curdate() - interval 60 day),
    ('gregor.kolar@mc-brezice.example.org', 'sl', sha2(uuid(), 256), 2, 1, curdate() - interval 45 day),
    ('bostjan.hribar@mc-celje.example.org', 'en', sha2(uuid(), 256), 6, 2, curdate() - interval 30 day),
    ('miha.jereb@example.org', 'sl', sha2(uuid(), 256), null, null, curdate() - interval 90 day);
