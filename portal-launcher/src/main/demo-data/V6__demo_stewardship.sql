-- Demo stewardship: every member centre has a steward from the office (the demo users office.steward, Miha Jereb,
-- for the east of the country, and office.admin, Tina Vovk, for the west), with meetings held this year (20 of the
-- 36 members, so this year's coverage is just above the target of half), last year and in 2021 (for the 2021 plan's
-- measure), a few planned for the coming weeks and one cancelled; minutes with a shared part and an internal note,
-- proposals for next year's plan tagged with the plan's area keys, follow-ups and contact log lines.
-- Mladinski center Brežice was last met last year: it is in the queue of centres due for a visit.
-- The minutes follow the 2021 plan's "Skrbništvo članic" (regular contact, needs, proposals for the next plan and
-- for research); they are fictional and name no person. This year's dates never lie after today.

set @y = year(curdate());

-- ---------------------------------------------------------------- stewards
update centre set steward_username = 'office.steward', steward_name = 'Miha Jereb'
where membership_status = 'MEMBER' and region in ('POSAVSKA', 'SAVINJSKA', 'PODRAVSKA', 'POMURSKA', 'KOROSKA',
                                                  'JUGOVZHODNA_SLOVENIJA');
update centre set steward_username = 'office.admin', steward_name = 'Tina Vovk'
where membership_status = 'MEMBER' and steward_username is null;

-- ---------------------------------------------------------------- this year: held meetings
-- Mladinski center Celje
set @d = least(curdate(), makedate(@y, 48));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (2, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktor, koordinatorka programov',
        'Pregled leta in načrti centra\nPotrebe po usposabljanjih\nPredlogi za letni delovni načrt mreže',
        'Center je leto zaključil z rekordnim obiskom mladinske točke; program poteka v dveh izmenah, popoldanska je polno zasedena. Ekipo sestavljajo trije redno zaposleni in dvanajst prostovoljcev.',
        'Usposabljanje novih prostovoljcev za delo z mladimi v stiski. Pomoč pri prijavi na razpis Erasmus+ za mladinske izmenjave.',
        'Center bo evidenco članstva posodobil do konca meseca (nova odgovorna oseba za stike).',
        'Pogodba z občino se izteče junija; direktor je zaskrbljen zaradi napovedanega znižanja sredstev. Spremljati, po potrebi ponuditi podporo pri pogajanjih.',
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 6 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 2, 1, 'Usposabljanje za prostovoljce: prepoznavanje stiske pri mladih in ustrezno napotovanje.', 'usposabljanje', 'NEXT_PLAN', true, 'office.admin', least(now(), timestamp(@d) + interval 30 day)),
    (@m, 2, 2, 'Svetovalni dan o prijavah na Erasmus+ za centre, ki prijavljajo prvič.', 'mednarodno', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 2, 1, 'Posodobiti kontaktne podatke v evidenci članstva.', 'CENTRE', 'koordinatorka programov', @d + interval 30 day, least(now(), timestamp(@d) + interval 20 day), 'demo'),
    (@m, 2, 2, 'Poslati centru gradivo s preteklih svetovalnih dni za Erasmus+.', 'OFFICE', 'Miha Jereb', @d + interval 14 day, least(now(), timestamp(@d) + interval 9 day), 'office.steward');

-- MC BOB
set @d = least(curdate(), makedate(@y, 62));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (3, @d, @d, 'ONLINE', 'HELD', 'Tina Vovk', 'vodja centra, mladinski delavec za digitalne vsebine',
        'Digitalno mladinsko delo\nSodelovanje v delovnih skupinah mreže',
        'Center razvija spletne vsebine za mlade in vodi strežnik na platformi Discord, ki ga redno obiskuje okoli sto mladih. Poleg tega izvaja tedenske delavnice v prostorih centra.',
        'Jasnejša pravila in varovalke za delo z mladimi na spletu. Izmenjava izkušenj z drugimi digitalnimi centri.',
        'Center se želi pridružiti delovni skupini za digitalno mladinsko delo.',
        'Vodja centra je izrazil nezadovoljstvo z odzivnostjo pisarne na lanska vprašanja o Logbooku. Odziv v prihodnje v roku enega tedna.',
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 3 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 3, 1, 'Skupni kodeks ravnanja za digitalne prostore mladinskih centrov (moderiranje, varnost, zasebnost).', 'digitalno', 'NEXT_PLAN', true, 'office.admin', least(now(), timestamp(@d) + interval 40 day)),
    (@m, 3, 2, 'Raziskava o tem, koliko časa mladi preživijo v spletnih skupnostih centrov in kaj jim prinašajo.', 'digitalno', 'RESEARCH', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 3, 1, 'Vključiti center v delovno skupino za digitalno mladinsko delo.', 'OFFICE', 'Tina Vovk', @d + interval 21 day, least(now(), timestamp(@d) + interval 12 day), 'office.admin');

-- Center interesnih dejavnosti Ptuj
set @d = least(curdate(), makedate(@y, 75));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (5, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, dve mladinski delavki',
        'Obnova prostorov\nMedgeneracijski programi\nPredlogi za načrt mreže',
        'Center je jeseni preselil dejavnosti v obnovljene prostore ob knjižnici. Obisk se je povečal, predvsem med osnovnošolci zadnje triade.',
        'Več znanja o vključevanju mladih s podeželja, ki do centra nimajo prevoza. Podpora pri merjenju učinkov programov.',
        'Center bi rad gostil regijski posvet mladinskega dialoga.',
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 8 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 5, 1, 'Primeri dobrih praks za mobilno mladinsko delo na podeželju (terenski obiski, kombi, sodelovanje s šolami).', 'kakovost', 'NEXT_PLAN', false, null, null),
    (@m, 5, 2, 'Regijski posvet mladinskega dialoga v Podravju.', 'dialog', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 5, 1, 'Poslati predlog termina za regijski posvet.', 'CENTRE', 'direktorica', @d + interval 45 day, null, null);

-- Center za mlade Domžale
set @d = least(curdate(), makedate(@y, 90));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (6, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktor, mladinska delavka',
        'Zaposlovanje in APZ\nUsposabljanja akademije\nSodelovanje z občino',
        'Center ima dva nova sodelavca prek javnih del, ki še nimata izkušenj z mladinskim delom. Program za srednješolce je dobro obiskan, za študente manj.',
        'Uvajalno usposabljanje za novo zaposlene. Ideje za programe za študente, ki se ob koncih tedna vračajo domov.',
        'Center pohvali lanski katalog usposabljanj; želi si več terminov v popoldanskem času.',
        'Direktor razmišlja o odhodu na drugo delovno mesto v naslednjem letu. Ne omenjati pred uradno odločitvijo.',
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 4 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 6, 1, 'Usposabljanja akademije tudi v popoldanskem času ali v dveh krajših delih.', 'usposabljanje', 'NEXT_PLAN', false, null, null),
    (@m, 6, 2, 'Uvajalni modul za novo zaposlene prek javnih del in APZ.', 'usposabljanje', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 6, 1, 'Prijaviti nova sodelavca na usposabljanje Osnove mladinskega dela.', 'CENTRE', 'direktor', @d + interval 30 day, least(now(), timestamp(@d) + interval 15 day), 'demo');

-- Mladinski center Dravograd
set @d = least(curdate(), makedate(@y, 103));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (8, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'vodja centra',
        'Delovanje centra\nPovezovanje na Koroškem',
        'Majhna ekipa (ena zaposlena in prostovoljci) vodi program za mlade iz treh občin. Prostori so premajhni za večje dogodke.',
        'Povezovanje s centri na Koroškem za skupne dogodke. Podpora pri iskanju virov za opremo.',
        'Dogovor o skupnem koroškem dogodku z Mladinskim centrom Slovenj Gradec.',
        'Vodja je preobremenjena; priporočiti supervizijo.',
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 10 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 8, 1, 'Supervizija za vodje majhnih centrov, ki delajo sami.', 'usposabljanje', 'NEXT_PLAN', false, null, null),
    (@m, 8, 2, 'Regijska srečanja centrov iste regije enkrat letno.', null, 'OTHER', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 8, 1, 'Povezati center z Mladinskim centrom Slovenj Gradec.', 'OFFICE', 'Miha Jereb', @d + interval 14 day, least(now(), timestamp(@d) + interval 5 day), 'office.steward');

-- eMCe plac
set @d = least(curdate(), makedate(@y, 117));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (9, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, vodja informativne točke',
        'Informiranje mladih\nLogbook\nPredlogi za načrt',
        'Informativna točka centra dnevno odgovarja na vprašanja mladih o zaposlitvi, študiju in bivanju. Center že drugo leto beleži dejavnosti v Logbooku.',
        'Pomoč pri branju in predstavitvi podatkov iz Logbooka občini. Gradiva za informiranje o zaposlovanju mladih.',
        'Center bo delil svojo predlogo letnega poročila za občino z drugimi centri.',
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 2 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 9, 1, 'Delavnica o tem, kako podatke iz Logbooka predstaviti občinskemu svetu.', 'kakovost', 'NEXT_PLAN', true, 'office.admin', least(now(), timestamp(@d) + interval 25 day)),
    (@m, 9, 2, 'Skupna gradiva za informiranje mladih o prvi zaposlitvi.', 'informiranje', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 9, 1, 'Poslati pisarni predlogo letnega poročila za občino.', 'CENTRE', 'vodja informativne točke', @d + interval 21 day, least(now(), timestamp(@d) + interval 18 day), 'demo');

-- Mladinski kulturni center Hiša mladih Ajdovščina
set @d = least(curdate(), makedate(@y, 124));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (11, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktorica, koordinator kulturnega programa',
        'Kulturni program\nMednarodni projekti',
        'Center ima bogat kulturni program (koncerti, razstave) in gosti prostovoljce Evropske solidarnostne enote. Sodelovanje z občino je dobro.',
        'Več povezovanja kulturnega programa z mladinskim delom. Izmenjava izkušenj pri gostovanju prostovoljcev ESE.',
        'Center je pripravljen gostiti študijski obisk drugih centrov.',
        null,
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 5 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 11, 1, 'Študijski obisk v centru z izkušnjami pri gostovanju prostovoljcev ESE.', 'mednarodno', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 11, 1, 'Predlagati termine za študijski obisk.', 'CENTRE', 'direktorica', @d + interval 60 day, null, null);

-- Mladinski center Idrija
set @d = least(curdate(), makedate(@y, 131));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (13, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktor, mladinska delavka',
        'Duševno zdravje mladih\nSodelovanje s šolami',
        'Center opaža več mladih v stiski, ki pridejo v center namesto k šolski svetovalni službi. Z gimnazijo pripravljajo skupni program.',
        'Znanje za prvo psihološko pomoč. Povezava s strokovnjaki, ki jim lahko napotijo mlade.',
        null,
        'Mladinska delavka je bila v preteklih mesecih na bolniški; razbremeniti jo pri poročanju.',
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 7 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 13, 1, 'Seznam strokovnjakov in služb po regijah, kamor centri napotijo mlade v stiski.', 'medsektorsko', 'NEXT_PLAN', false, null, null),
    (@m, 13, 2, 'Raziskava o duševnem zdravju mladih, ki obiskujejo mladinske centre.', null, 'RESEARCH', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 13, 1, 'Poslati centru gradivo usposabljanja o prvi psihološki pomoči.', 'OFFICE', 'Tina Vovk', @d + interval 10 day, least(now(), timestamp(@d) + interval 6 day), 'office.admin');

-- Center mladih Koper
set @d = least(curdate(), makedate(@y, 145));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (15, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'vodja centra, dva mladinska delavca',
        'Dvojezično okolje\nPoletni program\nZastopanje interesov',
        'Center dela v dvojezičnem okolju in pripravlja poletni program na plaži. Poleti se obisk podvoji, pozimi je manjši.',
        'Gradiva v italijanskem jeziku. Podpora mreže pri pogovorih z mestno občino o prostorih.',
        'Center bo pisarni poslal opis težav s prostori za pogovor na ravni mreže.',
        'Odnosi z mestno občino so napeti zaradi odpovedi najema; center prosi za diskretno podporo.',
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 9 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 15, 1, 'Zagovorništvo mreže pri zagotavljanju stalnih prostorov za mladinske centre.', 'zastopanje', 'NEXT_PLAN', true, 'office.admin', least(now(), timestamp(@d) + interval 20 day)),
    (@m, 15, 2, 'Prevod ključnih gradiv mreže v italijanščino.', 'informiranje', 'OTHER', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 15, 1, 'Poslati pisarni opis težav s prostori.', 'CENTRE', 'vodja centra', @d + interval 14 day, least(now(), timestamp(@d) + interval 10 day), 'demo'),
    (@m, 15, 2, 'Pripraviti izhodišča za pogovor z mestno občino.', 'OFFICE', 'Tina Vovk', @d + interval 30 day, null, null);

-- Mladinski center Krško
set @d = least(curdate(), makedate(@y, 152));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (17, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, vodja hostla',
        'Hostel in mladinski turizem\nLogbook\nPredlogi za načrt',
        'Center vodi tudi hostel, ki je poleti polno zaseden. Mladinski program in hostel si delita osebje, kar je naporno v sezoni.',
        'Izmenjava izkušenj z drugimi centri s hostli. Usposabljanje za prodajo in promocijo nastanitev.',
        'Center bo delil cenik in pogoje za skupine mladih iz drugih centrov.',
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 3 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 17, 1, 'Srečanje centrov s hostli o mladinskem turizmu in skupni promociji.', 'medsektorsko', 'NEXT_PLAN', false, null, null),
    (@m, 17, 2, 'Ugodnejše prenočitve za skupine iz drugih članic mreže.', null, 'OTHER', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 17, 1, 'Poslati pisarni pogoje nastanitve za skupine iz članic.', 'CENTRE', 'vodja hostla', @d + interval 30 day, null, null);

-- Mladinski center Metlika
set @d = least(curdate(), makedate(@y, 166));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (19, @d, @d, 'ONLINE', 'HELD', 'Miha Jereb', 'direktor',
        'Delovanje centra\nČezmejno sodelovanje',
        'Center sodeluje z mladinskimi organizacijami na hrvaški strani meje in pripravlja skupni poletni tabor.',
        'Pomoč pri iskanju virov za čezmejne projekte.',
        null,
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 12 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 19, 1, 'Pregled razpisov za čezmejno sodelovanje mladinskih organizacij.', 'projektne-prijave', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 19, 1, 'Poslati centru pregled odprtih razpisov za čezmejne projekte.', 'OFFICE', 'Miha Jereb', @d + interval 21 day, null, null);

-- Mladinski informativni in kulturni klub Murska Sobota
set @d = least(curdate(), makedate(@y, 180));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (20, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, mladinski delavec',
        'Mladinski dialog\nPomurski centri\nPredlogi za načrt',
        'Center je spomladi izvedel posvet mladih z občinskimi svetniki. Mladi so predlagali boljše avtobusne povezave ob koncih tedna.',
        'Metode za nadaljevanje dialoga po posvetu, da predlogi mladih ne obležijo. Več povezovanja pomurskih centrov.',
        'Center predlaga skupno srečanje pomurskih centrov jeseni.',
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 4 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 20, 1, 'Priročnik: kako spremljati predloge mladih po posvetu z odločevalci.', 'dialog', 'NEXT_PLAN', false, null, null),
    (@m, 20, 2, 'Srečanje pomurskih centrov enkrat letno.', null, 'OTHER', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 20, 1, 'Sklicati srečanje pomurskih centrov.', 'CENTRE', 'direktorica', @d + interval 90 day, null, null);

-- Mladi zmaji
set @d = least(curdate(), makedate(@y, 201));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (23, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktorica, vodje enot',
        'Več enot po mestu\nKakovost in spremljanje',
        'Center deluje v štirih četrtnih enotah. Vsaka enota ima svoj program, skupno spremljanje kakovosti je šele v pripravi.',
        'Orodja za spremljanje kakovosti v več enotah hkrati. Izmenjava izkušenj z drugimi večjimi centri.',
        'Center bo predstavil svoj model dela v enotah na Klubu MaMa.',
        null,
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 6 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 23, 1, 'Predstavitev modela dela v četrtnih enotah na vsebinskem Klubu MaMa.', 'zastopanje', 'NEXT_PLAN', false, null, null),
    (@m, 23, 2, 'Kazalniki kakovosti za centre z več enotami.', 'kakovost', 'RESEARCH', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 23, 1, 'Uvrstiti predstavitev na dnevni red vsebinskega Kluba MaMa.', 'OFFICE', 'Tina Vovk', @d + interval 60 day, null, null);

-- Mladinski center Nova Gorica
set @d = least(curdate(), makedate(@y, 236));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (24, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktor, koordinatorka mednarodnih projektov',
        'Mednarodno delovanje\nPrijave projektov',
        'Center vodi dva mednarodna projekta in sodeluje s centri v sosednji Italiji. Projektno delo vzame veliko časa redni ekipi.',
        'Podpora pri finančnem vodenju projektov. Usposabljanje za pisanje prijav za nove sodelavce.',
        'Center bo mentoriral centre, ki prvič prijavljajo mednarodni projekt.',
        null,
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 5 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 24, 1, 'Mentorska shema: izkušeni centri pomagajo centrom pri prvi mednarodni prijavi.', 'mednarodno', 'NEXT_PLAN', false, null, null),
    (@m, 24, 2, 'Usposabljanje za finančno vodenje evropskih projektov.', 'projektne-prijave', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 24, 1, 'Poslati seznam centrov, ki iščejo mentorja za prvo prijavo.', 'OFFICE', 'Tina Vovk', @d + interval 30 day, null, null);

-- Mladinski center Oton (Novo mesto)
set @d = least(curdate(), makedate(@y, 250));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (25, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, mladinska delavka za prostovoljstvo',
        'Prostovoljstvo\nVključevanje ranljivih skupin',
        'Center vključuje mlade iz romskih naselij v popoldanske dejavnosti; udeležba je stabilna, a odvisna od prevoza.',
        'Izmenjava izkušenj pri delu z ranljivimi skupinami. Podpora pri priznavanju prostovoljskega dela.',
        'Center bo predstavil svoj program na srečanju delovne skupine za medsektorsko povezovanje.',
        'Center je v sporu z bivšim zunanjim sodelavcem; pravno vprašanje, ne vpletati se.',
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 7 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 25, 1, 'Usposabljanje o delu z mladimi iz ranljivih skupin.', 'usposabljanje', 'NEXT_PLAN', false, null, null),
    (@m, 25, 2, 'Povezovanje s centri za socialno delo v regiji.', 'medsektorsko', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 25, 1, 'Pripraviti kratko predstavitev programa za delovno skupino.', 'CENTRE', 'mladinska delavka za prostovoljstvo', @d + interval 40 day, null, null);

-- Pekarna Magdalenske mreže (Maribor)
set @d = least(curdate(), makedate(@y, 264));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (26, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'koordinator, predstavnica prostovoljcev',
        'Neformalne skupine mladih\nProstori',
        'Center povezuje neformalne skupine mladih, ki same pripravljajo koncerte in delavnice. Skupine se hitro menjajo.',
        'Način, kako ohraniti znanje, ko se skupine zamenjajo. Pomoč pri zavarovanju dogodkov.',
        null,
        null,
        'office.steward', 'Miha Jereb', least(now(), timestamp(@d) + interval 11 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 26, 1, 'Kratka navodila za organizacijo dogodkov neformalnih skupin (zavarovanje, prijave, varnost).', 'informiranje', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 26, 1, 'Zbrati izkušnje centrov z zavarovanjem dogodkov.', 'OFFICE', 'Miha Jereb', @d + interval 45 day, null, null);

-- Mladinski center Postojna
set @d = least(curdate(), makedate(@y, 278));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (30, @d, @d, 'ONLINE', 'HELD', 'Tina Vovk', 'direktorica',
        'Pregled leta\nPredlogi za načrt',
        'Center je letos uvedel tedenske večere družabnih iger, ki privabijo nove obiskovalce. Ekipa je stabilna.',
        'Več izmenjave programov med centri (gostovanja delavnic).',
        null,
        null,
        'office.admin', 'Tina Vovk', least(now(), timestamp(@d) + interval 6 day), 'demo');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 30, 1, 'Borza programov: centri si izmenjujejo delavnice in izvajalce.', null, 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 30, 1, 'Poslati opis treh delavnic, ki jih center lahko ponudi drugim.', 'CENTRE', 'direktorica', @d + interval 30 day, null, null);

-- Mladinski center Šentjur (recent: minutes not yet confirmed)
set @d = least(curdate(), makedate(@y, 292));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (32, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktor, mladinska delavka',
        'Delovanje centra\nUsposabljanja\nPredlogi za načrt',
        'Center je pridobil nove prostore v prenovljeni stavbi v središču. Program se širi na mlade od 15 do 19 let.',
        'Usposabljanje za delo s srednješolci. Nasveti za opremljanje prostorov.',
        'Center vabi pisarno na odprtje novih prostorov.',
        null,
        'office.steward', 'Miha Jereb', null, null);
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 32, 1, 'Usposabljanje o programih za srednješolce (15–19 let).', 'usposabljanje', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 32, 1, 'Poslati pisarni vabilo na odprtje prostorov.', 'CENTRE', 'direktor', @d + interval 20 day, null, null);

-- Mladinski center Trbovlje (recent: minutes not yet confirmed)
set @d = least(curdate(), makedate(@y, 306));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (37, @d, @d, 'ON_SITE', 'HELD', 'Tina Vovk', 'direktorica, mladinski delavec',
        'Zasavski centri\nZaposlovanje mladih',
        'Center sodeluje z zavodom za zaposlovanje pri programu za mlade brez zaposlitve. Odziv je dober, a mladi pogosto odnehajo.',
        'Znanje o motiviranju mladih, ki niso zaposleni, se ne izobražujejo in ne usposabljajo.',
        null,
        'Center je izgubil enega od dveh virov financiranja; nevarnost zmanjšanja programa prihodnje leto.',
        'office.admin', 'Tina Vovk', null, null);
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 37, 1, 'Sodelovanje mreže z zavodom za zaposlovanje pri programih za mlade brez zaposlitve.', 'medsektorsko', 'NEXT_PLAN', false, null, null),
    (@m, 37, 2, 'Raziskava o tem, zakaj mladi odnehajo v programih zaposljivosti.', null, 'RESEARCH', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 37, 1, 'Povezati center z Mladinskim centrom Zagorje ob Savi za skupni program.', 'OFFICE', 'Tina Vovk', @d + interval 21 day, null, null);

-- Mladinski center Velenje (the most recent)
set @d = least(curdate(), makedate(@y, 315));
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (38, @d, @d, 'ON_SITE', 'HELD', 'Miha Jereb', 'direktor, dve mladinski delavki',
        'Pregled leta\nPredlogi za načrt prihodnjega leta',
        'Center je letos izvedel več kot sto delavnic in prvič gostil mladinsko izmenjavo. Prostovoljcev je manj kot lani.',
        'Nove poti za pridobivanje prostovoljcev. Usposabljanje za vodenje mladinskih izmenjav.',
        'Center bo na Klubu MaMa predstavil izkušnje z mladinsko izmenjavo.',
        null,
        'office.steward', 'Miha Jereb', null, null);
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 38, 1, 'Kampanja mreže za pridobivanje prostovoljcev v mladinskih centrih.', 'informiranje', 'NEXT_PLAN', false, null, null),
    (@m, 38, 2, 'Usposabljanje za vodenje mladinskih izmenjav.', 'mednarodno', 'NEXT_PLAN', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 38, 1, 'Pripraviti predstavitev za Klub MaMa.', 'CENTRE', 'mladinska delavka', @d + interval 30 day, null, null);

-- ---------------------------------------------------------------- this year: planned and cancelled
insert into meeting (centre_id, planned_on, format, status, office_attendees, centre_attendees, agenda,
                     steward_username, steward_name) values
    (33, curdate() + interval 9 day, 'ON_SITE', 'PLANNED', 'Miha Jereb', 'direktor',
     'Pregled leta\nPotrebe po usposabljanjih\nPredlogi za letni delovni načrt', 'office.steward', 'Miha Jereb'),
    (14, curdate() + interval 14 day, 'ON_SITE', 'PLANNED', 'Tina Vovk', 'vodja centra, mladinski delavec',
     'Delovanje centra\nLogbook\nPredlogi za letni delovni načrt', 'office.admin', 'Tina Vovk'),
    (12, curdate() + interval 21 day, 'ONLINE', 'PLANNED', 'Tina Vovk', 'direktorica',
     'Prvi skrbniški sestanek\nPredstavitev storitev mreže', 'office.admin', 'Tina Vovk'),
    (34, least(curdate(), makedate(@y, 160)), 'ON_SITE', 'CANCELLED', 'Miha Jereb', 'vodja centra',
     'Delovanje centra', 'office.steward', 'Miha Jereb');

-- ---------------------------------------------------------------- last year
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values
    (33, makedate(@y - 1, 110), makedate(@y - 1, 110), 'ON_SITE', 'HELD', 'Miha Jereb', 'direktor',
     'Delovanje centra', 'Center deluje s stalno ekipo dveh zaposlenih. Program je usmerjen v osnovnošolce.',
     'Več dejavnosti za srednješolce.', null, null, 'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 118)), 'demo'),
    (40, makedate(@y - 1, 130), makedate(@y - 1, 130), 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, mladinski delavec',
     'Delovanje centra\nPredlogi za načrt', 'Center je obnovil prostore in razširil odpiralni čas.',
     'Usposabljanje za nove sodelavce.', null, null, 'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 135)), 'demo'),
    (16, makedate(@y - 1, 150), makedate(@y - 1, 150), 'ON_SITE', 'HELD', 'Tina Vovk', 'vodja centra',
     'Delovanje centra', 'Center izvaja kulturni program in delavnice v kotlovnici nekdanje tovarne.',
     'Pomoč pri promociji programa med mladimi.', null, null, 'office.admin', 'Tina Vovk', timestamp(makedate(@y - 1, 152)), 'demo'),
    (18, makedate(@y - 1, 170), makedate(@y - 1, 170), 'ONLINE', 'HELD', 'Tina Vovk', 'direktor',
     'Delovanje centra', 'Center se povezuje s šolami v občini in pripravlja poletne delavnice.',
     'Izmenjava izkušenj pri delu s šolami.', null, null, 'office.admin', 'Tina Vovk', timestamp(makedate(@y - 1, 176)), 'demo'),
    (39, makedate(@y - 1, 200), makedate(@y - 1, 200), 'ON_SITE', 'HELD', 'Tina Vovk', 'direktorica, mladinska delavka',
     'Delovanje centra\nZasavski centri', 'Center vodi informativno točko in program za mlade brez zaposlitve.',
     'Povezovanje zasavskih centrov.', null, null, 'office.admin', 'Tina Vovk', timestamp(makedate(@y - 1, 207)), 'demo'),
    (10, makedate(@y - 1, 230), makedate(@y - 1, 230), 'ON_SITE', 'HELD', 'Miha Jereb', 'vodja centra',
     'Delovanje centra', 'Center je majhen, program vodi en zaposleni s pomočjo prostovoljcev.',
     'Supervizija in podpora vodji.', null, null, 'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 240)), 'demo'),
    (21, makedate(@y - 1, 260), makedate(@y - 1, 260), 'ONLINE', 'HELD', 'Miha Jereb', 'direktor',
     'Delovanje centra', 'Center pripravlja kulturne dogodke in glasbene vaje za mlade.',
     'Oprema za glasbeno sobo.', null, null, 'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 266)), 'demo'),
    (14, makedate(@y - 1, 275), makedate(@y - 1, 275), 'ON_SITE', 'HELD', 'Tina Vovk', 'vodja centra',
     'Delovanje centra', 'Center se je vključil v Logbook in beleži dejavnosti od začetka leta.',
     'Pomoč pri prvem letnem poročilu iz Logbooka.', null, null, 'office.admin', 'Tina Vovk', timestamp(makedate(@y - 1, 280)), 'demo'),
    (2, makedate(@y - 1, 300), makedate(@y - 1, 300), 'ON_SITE', 'HELD', 'Miha Jereb', 'direktor',
     'Pregled leta', 'Center je izvedel tri mladinske izmenjave in poletni tabor.',
     'Več usposabljanj za prostovoljce.', null, null, 'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 306)), 'demo'),
    (15, makedate(@y - 1, 310), makedate(@y - 1, 310), 'ON_SITE', 'HELD', 'Tina Vovk', 'vodja centra',
     'Pregled leta', 'Center je poleti izvedel program na plaži z rekordnim obiskom.',
     'Stalni prostori za zimski program.', null, null, 'office.admin', 'Tina Vovk', timestamp(makedate(@y - 1, 318)), 'demo');

-- Mladinski center Brežice, last year: the latest meeting it has (so it waits in this year's queue)
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, centre_attendees, agenda,
                     situation, needs, shared_notes, internal_note, steward_username, steward_name, confirmed_at, confirmed_by)
values (1, makedate(@y - 1, 290), makedate(@y - 1, 290), 'ON_SITE', 'HELD', 'Miha Jereb', 'direktorica, mladinski delavec',
        'Pregled leta\nLogbook\nPredlogi za letni delovni načrt',
        'Center v Logbooku beleži vse dejavnosti in z njim poroča občini. Poleti je izvedel tabor za mlade iz Posavja.',
        'Usposabljanje za digitalno mladinsko delo. Več srečanj posavskih centrov.',
        'Center bo delil izkušnje z Logbookom na srečanju uporabnikov.',
        'Center bi rad več besede pri izbiri tem usposabljanj; upoštevati pri vprašalniku o potrebah.',
        'office.steward', 'Miha Jereb', timestamp(makedate(@y - 1, 297)), 'brezice.admin');
set @m = last_insert_id();
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at) values
    (@m, 1, 1, 'Usposabljanje za digitalno mladinsko delo za izkušene mladinske delavce.', 'digitalno', 'NEXT_PLAN', true, 'office.admin', timestamp(makedate(@y - 1, 330))),
    (@m, 1, 2, 'Srečanja posavskih centrov dvakrat letno.', null, 'OTHER', false, null, null);
insert into follow_up (meeting_id, centre_id, position, task, owner_side, owner_name, due_on, done_at, done_by) values
    (@m, 1, 1, 'Pripraviti predstavitev izkušenj z Logbookom za srečanje uporabnikov.', 'CENTRE', 'mladinski delavec', makedate(@y - 1, 340), timestamp(makedate(@y - 1, 335)), 'brezice.admin');

-- last year's proposals of the other meetings (the office took some into this year's plan)
insert into meeting_proposal (meeting_id, centre_id, position, text, area_key, kind, taken, taken_by, taken_at)
select m.id, m.centre_id, 1, p.text, p.area_key, p.kind, p.taken, if(p.taken, 'office.admin', null),
       if(p.taken, timestamp(makedate(@y - 1, 335)), null)
from meeting m
join (select 33 as centre_id, 'Program za srednješolce v manjših centrih: primeri in gradiva.' as text, 'usposabljanje' as area_key, 'NEXT_PLAN' as kind, true as taken
      union all select 40, 'Uvajalno usposabljanje za nove sodelavce centrov.', 'usposabljanje', 'NEXT_PLAN', true
      union all select 16, 'Skupna promocija programov centrov na družbenih omrežjih.', 'informiranje', 'NEXT_PLAN', false
      union all select 39, 'Srečanja centrov iste regije.', null, 'OTHER', false
      union all select 10, 'Supervizija za vodje majhnih centrov.', 'usposabljanje', 'NEXT_PLAN', true
      union all select 14, 'Pomoč pri letnem poročilu iz Logbooka za nove uporabnike.', 'kakovost', 'NEXT_PLAN', false
      union all select 2, 'Raziskava o motivaciji prostovoljcev v mladinskih centrih.', null, 'RESEARCH', false) p
  on p.centre_id = m.centre_id
where m.status = 'HELD' and year(m.held_on) = @y - 1 and m.centre_id <> 1;

-- ---------------------------------------------------------------- 2021, for the 2021 plan's measure (17 of 36)
insert into meeting (centre_id, planned_on, held_on, format, status, office_attendees, agenda, situation, needs,
                     steward_username, steward_name, confirmed_at, confirmed_by)
select c.id, d.held_on, d.held_on, d.format, 'HELD', c.steward_name, 'Delovanje centra v času epidemije',
       'Center je zaradi epidemije del programa prenesel na splet; obisk v prostorih je omejen.',
       'Podpora pri spletnem mladinskem delu in pri prilagajanju programa ukrepom.',
       c.steward_username, c.steward_name, timestamp(d.held_on) + interval 7 day, 'demo'
from centre c
join (select 1 as id, date '2021-03-18' as held_on, 'ONLINE' as format
      union all select 2, date '2021-03-25', 'ONLINE'
      union all select 3, date '2021-04-08', 'ONLINE'
      union all select 7, date '2021-04-15', 'ONLINE'
      union all select 13, date '2021-04-22', 'ONLINE'
      union all select 15, date '2021-05-06', 'ONLINE'
      union all select 17, date '2021-05-13', 'ONLINE'
      union all select 20, date '2021-05-27', 'ONLINE'
      union all select 24, date '2021-06-10', 'ON_SITE'
      union all select 26, date '2021-06-17', 'ON_SITE'
      union all select 29, date '2021-09-09', 'ON_SITE'
      union all select 33, date '2021-09-16', 'ON_SITE'
      union all select 35, date '2021-09-30', 'ON_SITE'
      union all select 37, date '2021-10-07', 'ON_SITE'
      union all select 38, date '2021-10-21', 'ON_SITE'
      union all select 40, date '2021-11-04', 'ON_SITE'
      union all select 14, date '2021-11-18', 'ONLINE') d on d.id = c.id;

-- The 2021 plan's stewardship target ("vsaj 50 % članic") now takes its actual from the meetings.
update plan_target set measure = 'stewardship.coverage' where item_key = 'zastopanje-a3-t1';
delete from plan_actual where plan_year = 2021 and target_key = 'zastopanje-a3-t1';

-- ---------------------------------------------------------------- contact log
insert into contact_log (centre_id, contacted_on, kind, note, noted_by, noted_by_name) values
    (1, greatest(makedate(@y, 1), curdate() - interval 40 day), 'CALL', 'Dogovor o terminu skrbniškega sestanka; center predlaga december.', 'office.steward', 'Miha Jereb'),
    (1, greatest(makedate(@y, 1), curdate() - interval 95 day), 'EMAIL', 'Poslana navodila za prijavo na usposabljanja akademije.', 'office.steward', 'Miha Jereb'),
    (1, makedate(@y - 1, 250), 'CALL', 'Vprašanje o poročanju iz Logbooka za občino.', 'office.steward', 'Miha Jereb'),
    (2, greatest(makedate(@y, 1), curdate() - interval 20 day), 'EMAIL', 'Posodobljeni kontaktni podatki za evidenco članstva.', 'office.steward', 'Miha Jereb'),
    (3, greatest(makedate(@y, 1), curdate() - interval 33 day), 'CALL', 'Vabilo na sestanek delovne skupine za digitalno mladinsko delo.', 'office.admin', 'Tina Vovk'),
    (5, greatest(makedate(@y, 1), curdate() - interval 60 day), 'EMAIL', 'Usklajevanje termina regijskega posveta.', 'office.steward', 'Miha Jereb'),
    (7, greatest(makedate(@y, 1), curdate() - interval 75 day), 'CALL', 'Center prosi za skrbniški sestanek po zamenjavi vodje.', 'office.steward', 'Miha Jereb'),
    (10, greatest(makedate(@y, 1), curdate() - interval 130 day), 'EMAIL', 'Poslano vabilo na Klub MaMa.', 'office.steward', 'Miha Jereb'),
    (12, greatest(makedate(@y, 1), curdate() - interval 12 day), 'CALL', 'Dogovor o prvem skrbniškem sestanku na daljavo.', 'office.admin', 'Tina Vovk'),
    (14, greatest(makedate(@y, 1), curdate() - interval 18 day), 'EMAIL', 'Potrjen termin skrbniškega sestanka.', 'office.admin', 'Tina Vovk'),
    (15, greatest(makedate(@y, 1), curdate() - interval 50 day), 'CALL', 'Pogovor o prostorih po sestanku na občini.', 'office.admin', 'Tina Vovk'),
    (16, greatest(makedate(@y, 1), curdate() - interval 140 day), 'OTHER', 'Srečanje na Klubu MaMa: center želi sestanek jeseni.', 'office.admin', 'Tina Vovk'),
    (18, greatest(makedate(@y, 1), curdate() - interval 110 day), 'EMAIL', 'Poslana gradiva o sodelovanju s šolami.', 'office.admin', 'Tina Vovk'),
    (21, greatest(makedate(@y, 1), curdate() - interval 85 day), 'CALL', 'Vprašanje o razpisu za opremo.', 'office.steward', 'Miha Jereb'),
    (28, greatest(makedate(@y, 1), curdate() - interval 160 day), 'EMAIL', 'Center ni odgovoril na vabilo na skrbniški sestanek; ponovno poslano.', 'office.admin', 'Tina Vovk'),
    (29, greatest(makedate(@y, 1), curdate() - interval 70 day), 'CALL', 'Center bo predlagal termin sestanka po poletju.', 'office.admin', 'Tina Vovk'),
    (31, greatest(makedate(@y, 1), curdate() - interval 55 day), 'EMAIL', 'Poslana predstavitev storitev mreže za novo vodstvo centra.', 'office.steward', 'Miha Jereb'),
    (33, greatest(makedate(@y, 1), curdate() - interval 8 day), 'CALL', 'Potrjen termin skrbniškega sestanka.', 'office.steward', 'Miha Jereb'),
    (35, greatest(makedate(@y, 1), curdate() - interval 100 day), 'EMAIL', 'Center prosi za pomoč pri prijavi na razpis občine.', 'office.steward', 'Miha Jereb'),
    (37, greatest(makedate(@y, 1), curdate() - interval 15 day), 'EMAIL', 'Poslan osnutek zapisnika v pregled.', 'office.admin', 'Tina Vovk'),
    (38, greatest(makedate(@y, 1), curdate() - interval 5 day), 'CALL', 'Zahvala za sestanek in dogovor o predstavitvi na Klubu MaMa.', 'office.steward', 'Miha Jereb'),
    (40, greatest(makedate(@y, 1), curdate() - interval 45 day), 'CALL', 'Center bo sestanek prestavil na začetek prihodnjega leta.', 'office.steward', 'Miha Jereb');
