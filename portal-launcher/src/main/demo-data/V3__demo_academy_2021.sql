-- Demo data: the catalogue of the network's training academy (Akademija rednih usposabljanj) for 2021, with demo
-- registrations, plus a few trainings of the 2026 catalogue (held in early 2027) that are still open for registration.
-- Topics and target groups follow the published LDN 2021 (Področje usposabljanja; the international 32-hour trainings
-- of the Erasmus+ strategic partnership). Dates, places, capacities, trainers and registrations are fictional;
-- all trainers are fictional people. Registrations use the demo people of V1__demo_centres.sql: a registration's
-- centre_id is always its person's centre, and every training's seats_taken / waitlist_length equal the number of
-- its CONFIRMED / WAITLISTED registrations (live_person is a generated column and is never inserted).
--
--  #  year  title (topic)                                           status     capacity  quota  confirmed  waitlist
--  1  2021  Osnove mladinskega dela in digitalno mladinsko delo     COMPLETED        20      2         10         0
--  2  2021  Informiranje, komuniciranje in promocija                COMPLETED        30      3         12         0
--  3  2021  Trening za trenerje                                     COMPLETED        16      2          8         0
--  4  2021  Zastopanje in zagovorništvo                             CANCELLED        20      2          0         0
--  5  2021  Duševno zdravje mladih in psihološka podpora mladim     COMPLETED        24      3         10         0
--  6  2021  1. mednarodno usposabljanje: Mladinska politika (32 ur) COMPLETED        16      2          9         0
--  7  2021  Supervizija za direktorje in vodje                      PUBLISHED        12      -         12         3
--  8  2021  Pisanje projektov / Erasmus+                            PUBLISHED        25      3          6         0
--  9  2021  Kakovost mladinskega dela (Logbook)                     PUBLISHED        30      -          5         0
-- 10  2026  Prva psihološka pomoč mladim v stiski                   PUBLISHED        20      3          4         0
-- 11  2026  Digitalno mladinsko delo: orodja in varnost na spletu   PUBLISHED        24      2          3         0
-- 12  2026  Praktična delavnica: kratki video (waitlist demo)       PUBLISHED         3      -          0         0

-- =====================================================================================================================
-- Catalogue 2021
-- =====================================================================================================================

-- Osnove mladinskega dela in digitalno mladinsko delo (novi mladinski delavci) ----------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Osnove mladinskega dela in digitalno mladinsko delo',
     'Uvodno usposabljanje za novo zaposlene mladinske delavce v mladinskih centrih: kaj je mladinsko delo, njegova načela in vrednote, neformalno učenje, delo z mladimi v mladinskem centru ter osnove digitalnega mladinskega dela (spletna orodja, varna in odgovorna raba digitalnih okolij, vključevanje mladih na daljavo). Izvedba na daljavo v treh srečanjih.',
     'Osnove mladinskega dela in digitalno mladinsko delo', 'NEW_HIRE', 'ONLINE', null, 20, 2,
     '2021-02-09', 'COMPLETED', 10, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-02-16', '09:00', '13:00', 4.00),
    (@t, '2021-02-18', '09:00', '13:00', 4.00),
    (@t, '2021-02-23', '09:00', '12:00', 3.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Tina Vrhovnik', false, 1),
    (@t, 'mag. Rok Šuštar', true, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 5,   'CONFIRMED', null, 'demo', '2021-01-25 10:12:00', null),
    (5,  @t, 18,  'CONFIRMED', null, 'demo', '2021-01-25 13:40:00', null),
    (6,  @t, 23,  'CONFIRMED', null, 'demo', '2021-01-26 08:55:00', null),
    (7,  @t, 26,  'CONFIRMED', null, 'demo', '2021-01-27 11:20:00', null),
    (35, @t, 124, 'CANCELLED', null, 'demo', '2021-01-28 09:05:00', '2021-02-05 14:30:00'),
    (9,  @t, 32,  'CONFIRMED', null, 'demo', '2021-01-29 15:10:00', null),
    (10, @t, 37,  'CONFIRMED', null, 'demo', '2021-02-01 09:30:00', null),
    (13, @t, 46,  'CONFIRMED', null, 'demo', '2021-02-02 12:45:00', null),
    (14, @t, 51,  'CONFIRMED', null, 'demo', '2021-02-03 10:00:00', null),
    (17, @t, 60,  'CONFIRMED', null, 'demo', '2021-02-04 08:40:00', null),
    (29, @t, 102, 'CONFIRMED', null, 'demo', '2021-02-08 16:15:00', null);

-- Informiranje, komuniciranje in promocija (vsi mladinski delavci in vodje) -------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Informiranje, komuniciranje in promocija v mladinskem centru',
     'Kako mlade doseči z informacijami, ki jih potrebujejo: načrtovanje komuniciranja mladinskega centra, pisanje za splet in družbena omrežja, sodelovanje z lokalnimi mediji ter promocija programov in dogodkov. Za vse mladinske delavce in vodje; udeleženci prinesejo primer lastne objave ali kampanje.',
     'Informiranje, komuniciranje in promocija', 'DIRECTOR,PROFESSIONAL,VOLUNTEER,NEW_HIRE', 'ONLINE', null, 30, 3,
     '2021-04-06', 'COMPLETED', 12, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-04-13', '09:00', '12:30', 3.50),
    (@t, '2021-04-15', '09:00', '12:30', 3.50);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'dr. Helena Podgoršek', true, 1),
    (@t, 'Nataša Kramar', false, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 1,   'CONFIRMED', null, 'demo', '2021-03-15 09:20:00', null),
    (1,  @t, 2,   'CONFIRMED', null, 'demo', '2021-03-15 09:21:00', null),
    (1,  @t, 4,   'CONFIRMED', null, 'demo', '2021-03-15 09:22:00', null),
    (2,  @t, 7,   'CONFIRMED', null, 'demo', '2021-03-16 11:05:00', null),
    (3,  @t, 11,  'CONFIRMED', null, 'demo', '2021-03-17 14:30:00', null),
    (18, @t, 63,  'CANCELLED', null, 'demo', '2021-03-18 10:10:00', '2021-03-30 08:45:00'),
    (5,  @t, 16,  'CONFIRMED', null, 'demo', '2021-03-19 12:00:00', null),
    (6,  @t, 21,  'CONFIRMED', null, 'demo', '2021-03-22 09:35:00', null),
    (9,  @t, 30,  'CONFIRMED', null, 'demo', '2021-03-23 13:15:00', null),
    (11, @t, 39,  'CONFIRMED', null, 'demo', '2021-03-25 10:50:00', null),
    (15, @t, 53,  'CONFIRMED', null, 'demo', '2021-03-29 15:25:00', null),
    (34, @t, 119, 'CONFIRMED', null, 'demo', '2021-04-01 09:00:00', null),
    (40, @t, 140, 'CONFIRMED', null, 'demo', '2021-04-02 11:40:00', null);

-- Trening za trenerje (izkušeni mladinski delavci) ---------------------------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Trening za trenerje',
     'Dvodnevni trening za izkušene mladinske delavce, ki želijo sami voditi usposabljanja in delavnice: načrtovanje učnega procesa, izkustveno učenje, vodenje skupine in skupinska dinamika, povratna informacija ter evalvacija. Udeleženci pripravijo in izvedejo kratek del treninga.',
     'Trening za trenerje', 'PROFESSIONAL', 'ON_SITE', 'Mladinski center Celje, Celje', 16, 2,
     '2021-06-03', 'COMPLETED', 8, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-06-10', '09:00', '16:00', 7.00),
    (@t, '2021-06-11', '09:00', '15:00', 6.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Andrej Pečnik', true, 1),
    (@t, 'Maruša Kodrič', false, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 2,   'CONFIRMED', null, 'demo', '2021-05-10 08:50:00', null),
    (2,  @t, 8,   'CONFIRMED', null, 'demo', '2021-05-10 12:30:00', null),
    (5,  @t, 19,  'CONFIRMED', null, 'demo', '2021-05-12 09:15:00', null),
    (7,  @t, 25,  'CONFIRMED', null, 'demo', '2021-05-14 10:40:00', null),
    (37, @t, 131, 'CANCELLED', null, 'demo', '2021-05-17 13:05:00', '2021-05-28 09:10:00'),
    (13, @t, 44,  'CONFIRMED', null, 'demo', '2021-05-19 14:20:00', null),
    (21, @t, 75,  'CONFIRMED', null, 'demo', '2021-05-24 11:00:00', null),
    (25, @t, 86,  'CONFIRMED', null, 'demo', '2021-05-27 09:45:00', null),
    (33, @t, 117, 'CONFIRMED', null, 'demo', '2021-06-01 15:30:00', null);

-- Zastopanje in zagovorništvo (mladinski delavci in vodje) – odpovedano -----------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Zastopanje in zagovorništvo interesov mladih',
     'Kako mladinski center zastopa interese mladih v lokalni skupnosti: priprava zagovorniške kampanje, sodelovanje z občino in odločevalci, mladinski sveti in strukturirani dialog. Usposabljanje je bilo zaradi ukrepov ob epidemiji koronavirusa odpovedano; vsebina se prenese v katalog naslednjega leta.',
     'Zastopanje in zagovorništvo', 'DIRECTOR,PROFESSIONAL', 'ON_SITE', 'Mladinski center Krško, Krško', 20, 2,
     '2021-05-13', 'CANCELLED', 0, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-05-20', '09:00', '15:00', 6.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Damjan Vrečar', true, 1);

-- Duševno zdravje mladih in psihološka podpora mladim (mladinski delavci) ---------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Duševno zdravje mladih in psihološka podpora mladim',
     'Prepoznavanje stisk in najpogostejših težav v duševnem zdravju mladih, prva psihološka pomoč, pogovor z mladim v stiski, meje vloge mladinskega delavca ter napotitev k strokovnim službam. Usposabljanje izvajata zunanji strokovnjakinji s področja duševnega zdravja; tretje srečanje je namenjeno primerom iz prakse.',
     'Duševno zdravje mladih in psihološka podpora mladim', 'PROFESSIONAL,VOLUNTEER', 'ON_SITE',
     'Mladinski center Velenje, Velenje', 24, 3,
     '2021-09-09', 'COMPLETED', 10, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-09-16', '09:00', '15:00', 6.00),
    (@t, '2021-09-17', '09:00', '13:00', 4.00),
    (@t, '2021-09-30', '09:00', '13:00', 4.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'dr. Irena Kobal Štrukelj', true, 1),
    (@t, 'Simona Mavec', true, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 2,   'CONFIRMED', null, 'demo', '2021-08-23 09:10:00', null),
    (1,  @t, 4,   'CANCELLED', null, 'demo', '2021-08-23 09:11:00', '2021-09-06 12:20:00'),
    (3,  @t, 12,  'CONFIRMED', null, 'demo', '2021-08-24 10:30:00', null),
    (5,  @t, 17,  'CONFIRMED', null, 'demo', '2021-08-25 08:15:00', null),
    (9,  @t, 31,  'CONFIRMED', null, 'demo', '2021-08-26 14:00:00', null),
    (10, @t, 35,  'CONFIRMED', null, 'demo', '2021-08-27 11:25:00', null),
    (13, @t, 47,  'CONFIRMED', null, 'demo', '2021-08-30 09:50:00', null),
    (17, @t, 58,  'CONFIRMED', null, 'demo', '2021-08-31 13:35:00', null),
    (17, @t, 59,  'CONFIRMED', null, 'demo', '2021-08-31 13:36:00', null),
    (21, @t, 72,  'CONFIRMED', null, 'demo', '2021-09-02 10:05:00', null),
    (25, @t, 89,  'CONFIRMED', null, 'demo', '2021-09-07 15:45:00', null);

-- Mednarodno 32-urno usposabljanje (strateško partnerstvo Erasmus+: Mladi v akciji) -----------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, '1. mednarodno 32-urno usposabljanje: Mladinska politika',
     'Prvo od mednarodnih usposabljanj strateškega partnerstva, podprtega iz programa Erasmus+: Mladi v akciji, ki poteka v Sloveniji. Mladinski delavci iz partnerskih držav spoznajo mladinsko politiko na lokalni, nacionalni in evropski ravni ter primerjajo izkušnje svojih držav. Štiri dni po osem ur; delovni jezik je angleščina. Mreži MaMa pripada 16 mest za slovenske udeležence.',
     'Mednarodno usposabljanje – mladinska politika', 'DIRECTOR,PROFESSIONAL', 'INTERNATIONAL',
     'Mladinski center Brežice, Brežice', 16, 2,
     '2021-10-11', 'COMPLETED', 9, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-10-18', '09:00', '17:00', 8.00),
    (@t, '2021-10-19', '09:00', '17:00', 8.00),
    (@t, '2021-10-20', '09:00', '17:00', 8.00),
    (@t, '2021-10-21', '09:00', '17:00', 8.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'dr. Marko Brezovar', true, 1),
    (@t, 'Klemen Urbanč', false, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 1,   'CONFIRMED', null, 'demo', '2021-09-01 10:00:00', null),
    (2,  @t, 7,   'CONFIRMED', null, 'demo', '2021-09-02 09:40:00', null),
    (4,  @t, 14,  'CONFIRMED', null, 'demo', '2021-09-06 12:10:00', null),
    (8,  @t, 28,  'CONFIRMED', null, 'demo', '2021-09-09 14:55:00', null),
    (12, @t, 42,  'CONFIRMED', null, 'demo', '2021-09-14 08:30:00', null),
    (16, @t, 56,  'CONFIRMED', null, 'demo', '2021-09-20 11:15:00', null),
    (23, @t, 81,  'CONFIRMED', null, 'demo', '2021-09-24 13:00:00', null),
    (28, @t, 98,  'CONFIRMED', null, 'demo', '2021-09-30 10:25:00', null),
    (32, @t, 112, 'CONFIRMED', null, 'demo', '2021-10-07 09:05:00', null);

-- Supervizija (direktorji in vodje) – polno zasedeno, s čakalno vrsto ------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Supervizija za direktorje in vodje mladinskih centrov',
     'Skupinska supervizija v štirih srečanjih za direktorje in vodje mladinskih centrov: refleksija vodstvenih izzivov, vodenje tima in skrb za sodelavce, razmejevanje vlog ter preprečevanje izgorelosti. Skupina je zaprta in ima največ 12 članov; ko so mesta zasedena, se prijave uvrstijo na čakalno vrsto.',
     'Supervizija', 'DIRECTOR', 'ON_SITE', 'MC BOB, Ljubljana', 12, null,
     '2021-11-02', 'PUBLISHED', 12, 3);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-11-09', '10:00', '13:00', 3.00),
    (@t, '2021-11-23', '10:00', '13:00', 3.00),
    (@t, '2021-12-07', '10:00', '13:00', 3.00),
    (@t, '2021-12-21', '10:00', '13:00', 3.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'mag. Branka Ločniškar', true, 1);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 1,   'CONFIRMED',  null, 'demo', '2021-10-11 08:30:00', null),
    (2,  @t, 6,   'CONFIRMED',  null, 'demo', '2021-10-11 09:15:00', null),
    (10, @t, 34,  'CANCELLED',  null, 'demo', '2021-10-12 10:00:00', '2021-10-20 11:30:00'),
    (3,  @t, 10,  'CONFIRMED',  null, 'demo', '2021-10-12 13:45:00', null),
    (5,  @t, 15,  'CONFIRMED',  null, 'demo', '2021-10-13 09:05:00', null),
    (6,  @t, 20,  'CONFIRMED',  null, 'demo', '2021-10-14 12:20:00', null),
    (9,  @t, 29,  'CONFIRMED',  null, 'demo', '2021-10-15 10:35:00', null),
    (13, @t, 43,  'CONFIRMED',  null, 'demo', '2021-10-18 08:55:00', null),
    (17, @t, 57,  'CONFIRMED',  null, 'demo', '2021-10-19 14:10:00', null),
    (25, @t, 85,  'CONFIRMED',  null, 'demo', '2021-10-21 09:40:00', null),
    (32, @t, 111, 'CONFIRMED',  null, 'demo', '2021-10-22 11:50:00', null),
    (37, @t, 127, 'CONFIRMED',  null, 'demo', '2021-10-25 10:15:00', null),
    (40, @t, 139, 'CONFIRMED',  null, 'demo', '2021-10-27 13:25:00', null),
    (7,  @t, 24,  'WAITLISTED', 1,    'demo', '2021-10-28 09:00:00', null),
    (19, @t, 66,  'WAITLISTED', 2,    'demo', '2021-10-29 12:40:00', null),
    (34, @t, 118, 'WAITLISTED', 3,    'demo', '2021-11-01 08:20:00', null);

-- Pisanje projektov / Erasmus+ -----------------------------------------------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Pisanje projektov in prijave na Erasmus+: Mladi v akciji',
     'Od ideje do oddane prijave: logika projekta, cilji in kazalniki, načrtovanje aktivnosti in proračuna, partnerstva ter priprava prijave na program Erasmus+: Mladi v akciji in Evropsko solidarnostno enoto. Udeleženci med srečanji delajo na osnutku lastnega projekta.',
     'Pisanje projektov / Erasmus+', 'DIRECTOR,PROFESSIONAL,NEW_HIRE', 'ONLINE', null, 25, 3,
     '2021-11-09', 'PUBLISHED', 6, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-11-16', '09:00', '13:00', 4.00),
    (@t, '2021-11-18', '09:00', '13:00', 4.00),
    (@t, '2021-11-25', '09:00', '12:00', 3.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Jernej Pogačnik', true, 1),
    (@t, 'Tina Vrhovnik', false, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (1,  @t, 5,   'CONFIRMED', null, 'demo', '2021-10-18 10:05:00', null),
    (5,  @t, 16,  'CONFIRMED', null, 'demo', '2021-10-19 09:25:00', null),
    (5,  @t, 18,  'CONFIRMED', null, 'demo', '2021-10-19 09:26:00', null),
    (15, @t, 54,  'CANCELLED', null, 'demo', '2021-10-21 14:15:00', '2021-11-04 10:00:00'),
    (9,  @t, 30,  'CONFIRMED', null, 'demo', '2021-10-25 11:30:00', null),
    (18, @t, 65,  'CONFIRMED', null, 'demo', '2021-10-28 13:50:00', null),
    (24, @t, 84,  'CONFIRMED', null, 'demo', '2021-11-03 08:45:00', null);

-- Kakovost mladinskega dela (Logbook) --------------------------------------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2021, 'Kakovost mladinskega dela in beleženje z orodjem Logbook',
     'Spremljanje kakovosti mladinskega dela na lokalni ravni in enotno beleženje mladinskega dela z orodjem Logbook: vnos aktivnosti in udeležencev, poročila za občino in mladinski center ter uporaba podatkov za načrtovanje. Namenjeno mladinskim centrom, ki Logbook uvajajo, in novim sodelavcem v centrih, ki ga že uporabljajo.',
     'Kakovost mladinskega dela (Logbook)', 'PROFESSIONAL,VOLUNTEER,NEW_HIRE', 'ONLINE', null, 30, null,
     '2021-11-25', 'PUBLISHED', 5, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2021-12-02', '10:00', '13:00', 3.00),
    (@t, '2021-12-09', '10:00', '12:00', 2.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Eva Šturm', false, 1),
    (@t, 'mag. Luka Jamnik', true, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (6,  @t, 21,  'CONFIRMED', null, 'demo', '2021-11-03 09:10:00', null),
    (6,  @t, 23,  'CONFIRMED', null, 'demo', '2021-11-03 09:12:00', null),
    (19, @t, 67,  'CONFIRMED', null, 'demo', '2021-11-10 12:30:00', null),
    (26, @t, 91,  'CONFIRMED', null, 'demo', '2021-11-16 10:45:00', null),
    (30, @t, 105, 'CONFIRMED', null, 'demo', '2021-11-23 14:05:00', null);

-- =====================================================================================================================
-- Catalogue 2026 (sessions in January–March 2027): open for registration now
-- =====================================================================================================================

-- Duševno zdravje mladih: a few registrations already in --------------------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2026, 'Prva psihološka pomoč mladim v stiski',
     'Nadaljevanje usposabljanj o duševnem zdravju mladih: prepoznavanje znakov stiske, prva psihološka pomoč v mladinskem centru, pogovor o samomorilnih mislih, skrb zase in za tim ter mreža pomoči v lokalnem okolju. Veliko dela v parih in na primerih iz prakse.',
     'Duševno zdravje mladih in psihološka podpora mladim', 'PROFESSIONAL,VOLUNTEER', 'ON_SITE',
     'Mladinski center Celje, Celje', 20, 3,
     '2027-01-14', 'PUBLISHED', 4, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2027-01-21', '09:00', '15:00', 6.00),
    (@t, '2027-01-22', '09:00', '13:00', 4.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'dr. Irena Kobal Štrukelj', true, 1),
    (@t, 'Simona Mavec', true, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (2,  @t, 8,   'CONFIRMED', null, 'demo', '2026-11-09 10:20:00', null),
    (1,  @t, 2,   'CONFIRMED', null, 'demo', '2026-11-12 08:45:00', null),
    (31, @t, 110, 'CONFIRMED', null, 'demo', '2026-11-17 13:10:00', null),
    (39, @t, 138, 'CONFIRMED', null, 'demo', '2026-11-23 11:35:00', null);

-- Digitalno mladinsko delo for new hires and volunteers ---------------------------------------------------------------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2026, 'Digitalno mladinsko delo: orodja in varnost na spletu',
     'Praktično spletno usposabljanje za nove sodelavce in prostovoljce: digitalna orodja za delo z mladimi, spletne skupnosti in moderiranje, varnost in zasebnost mladih na spletu ter odziv na spletno nasilje.',
     'Osnove mladinskega dela in digitalno mladinsko delo', 'VOLUNTEER,NEW_HIRE', 'ONLINE', null, 24, 2,
     '2027-01-27', 'PUBLISHED', 3, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2027-02-03', '09:00', '12:00', 3.00),
    (@t, '2027-02-05', '09:00', '12:00', 3.00),
    (@t, '2027-02-10', '09:00', '12:00', 3.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'mag. Rok Šuštar', true, 1),
    (@t, 'Tina Vrhovnik', false, 2);
insert into registration (centre_id, training_id, person_id, status, waitlist_position, registered_by, registered_at, cancelled_at) values
    (17, @t, 60,  'CONFIRMED', null, 'demo', '2026-11-16 09:30:00', null),
    (26, @t, 93,  'CONFIRMED', null, 'demo', '2026-11-19 14:50:00', null),
    (38, @t, 135, 'CONFIRMED', null, 'demo', '2026-11-24 10:05:00', null);

-- Three seats, no centre quota and no registrations: the fourth person a tester registers goes to the waitlist -------
insert into training (training_year, title, description, topic, target_groups, format, location, capacity, centre_quota,
                      registration_deadline, status, seats_taken, waitlist_length) values
    (2026, 'Praktična delavnica: kratki video za družbena omrežja',
     'Delavnica v majhni skupini: od ideje in scenarija do posnetega in zmontiranega kratkega videa za promocijo programa mladinskega centra. Delo poteka v studiu s tremi delovnimi mesti, zato so na voljo le tri mesta; ostale prijave se uvrstijo na čakalno vrsto.',
     'Informiranje, komuniciranje in promocija', 'DIRECTOR,PROFESSIONAL,VOLUNTEER,NEW_HIRE', 'ON_SITE',
     'Mladinski center Krško, Krško', 3, null,
     '2027-01-12', 'PUBLISHED', 0, 0);
set @t = last_insert_id();
insert into training_session (training_id, session_date, starts_at, ends_at, hours) values
    (@t, '2027-01-19', '10:00', '15:00', 5.00),
    (@t, '2027-03-02', '10:00', '14:00', 4.00);
insert into trainer (training_id, name, external_expert, position) values
    (@t, 'Nataša Kramar', false, 1),
    (@t, 'Blaž Jeraj', true, 2);
