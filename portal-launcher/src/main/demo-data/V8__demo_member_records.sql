-- Demo data: membership records of the demo centres. Registration and tax numbers, addresses (streets in the
-- centre's own municipality, with its postcode), founding years, hostels, contact people and fees are invented; the
-- contact people are the centres' fictional directors and workers from V1. MKC Maribor left the network at the end
-- of 2024; the candidates stay candidates. Fees: 2025 paid by all members but two, 2026 still open for some.

-- a demo database that existed before V12 got an undated period for every centre: the periods below replace it
delete from centre_membership where from_date is null and centre_id between 1 and 40;
update centre set membership_status = 'LEFT' where id = 22;

update centre set legal_name = 'Zavod Mladinski center Brežice', registration_number = '5104729000', tax_number = '10102947', street = 'Cankarjeva ulica 12', postcode = '8250', post_town = 'Brežice', founded_year = 2001, member_since = '2005-02-01', uses_logbook = true, runs_hostel = true, hostel_beds = 24 where id = 1;
update centre set legal_name = 'Zavod Mladinski center Celje', registration_number = '5209458000', tax_number = '10205894', street = 'Prešernova cesta 23', postcode = '3000', post_town = 'Celje', founded_year = 2008, member_since = '2010-03-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 2;
update centre set legal_name = 'Zavod MC BOB', registration_number = '5314187000', tax_number = '10308841', street = 'Ulica talcev 34', postcode = '1000', post_town = 'Ljubljana', founded_year = 1996, member_since = '2015-04-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 3;
update centre set legal_name = 'Zavod Mladinski dnevni center Blok', registration_number = '5418916000', tax_number = '10411788', street = 'Kidričeva ulica 5', postcode = '4220', post_town = 'Škofja Loka', founded_year = 2003, member_since = null, uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 4;
update centre set legal_name = 'Zavod Center interesnih dejavnosti Ptuj', registration_number = '5523645000', tax_number = '10514735', street = 'Gregorčičeva ulica 16', postcode = '2250', post_town = 'Ptuj', founded_year = 2010, member_since = '2011-06-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 5;
update centre set legal_name = 'Zavod Center za mlade Domžale', registration_number = '5628374000', tax_number = '10617682', street = 'Levstikova ulica 27', postcode = '1230', post_town = 'Domžale', founded_year = 1998, member_since = '2010-07-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 6;
update centre set legal_name = 'Zavod Mladinski center Dravinjske doline', registration_number = '5733103000', tax_number = '10720629', street = 'Trubarjeva cesta 38', postcode = '3210', post_town = 'Slovenske Konjice', founded_year = 2005, member_since = '2015-08-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 7;
update centre set legal_name = 'Zavod Mladinski center Dravograd', registration_number = '5837832000', tax_number = '10823576', street = 'Trg svobode 9', postcode = '2370', post_town = 'Dravograd', founded_year = 2012, member_since = '2013-09-01', uses_logbook = false, runs_hostel = true, hostel_beds = 16 where id = 8;
update centre set legal_name = 'Zavod eMCe plac', registration_number = '5042561000', tax_number = '10926523', street = 'Cankarjeva ulica 20', postcode = '3320', post_town = 'Velenje', founded_year = 2000, member_since = '2005-10-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 9;
update centre set legal_name = 'Zavod Mladinski center Gornja Radgona', registration_number = '5147290000', tax_number = '11029470', street = 'Prešernova cesta 31', postcode = '9250', post_town = 'Gornja Radgona', founded_year = 2007, member_since = '2010-11-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 10;
update centre set legal_name = 'Zavod Mladinski kulturni center Hiša mladih Ajdovščina', registration_number = '5252019000', tax_number = '11132417', street = 'Ulica talcev 2', postcode = '5270', post_town = 'Ajdovščina', founded_year = 1995, member_since = '2015-12-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 11;
update centre set legal_name = 'Zavod Mladinski center Hrastnik', registration_number = '5356748000', tax_number = '11235364', street = 'Kidričeva ulica 13', postcode = '1430', post_town = 'Hrastnik', founded_year = 2002, member_since = '2003-01-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 12;
update centre set legal_name = 'Zavod Mladinski center Idrija', registration_number = '5461477000', tax_number = '11338311', street = 'Gregorčičeva ulica 24', postcode = '5280', post_town = 'Idrija', founded_year = 2009, member_since = '2010-02-01', uses_logbook = false, runs_hostel = true, hostel_beds = 30 where id = 13;
update centre set legal_name = 'Zavod Mladinski center Jesenice', registration_number = '5566206000', tax_number = '11441258', street = 'Levstikova ulica 35', postcode = '4270', post_town = 'Jesenice', founded_year = 1997, member_since = '2010-03-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 14;
update centre set legal_name = 'Zavod Center mladih Koper', registration_number = '5670935000', tax_number = '11544205', street = 'Trubarjeva cesta 6', postcode = '6000', post_town = 'Koper', founded_year = 2004, member_since = '2015-04-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 15;
update centre set legal_name = 'Zavod Mladinski center Kotlovnica Kamnik', registration_number = '5775664000', tax_number = '11647152', street = 'Trg svobode 17', postcode = '1241', post_town = 'Kamnik', founded_year = 2011, member_since = '2012-05-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 16;
update centre set legal_name = 'Zavod Mladinski center Krško', registration_number = '5880393000', tax_number = '11750099', street = 'Cankarjeva ulica 28', postcode = '8270', post_town = 'Krško', founded_year = 1999, member_since = '2005-06-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 17;
update centre set legal_name = 'Zavod Mladinski kulturni center Medvode', registration_number = '5085122000', tax_number = '11853046', street = 'Prešernova cesta 39', postcode = '1215', post_town = 'Medvode', founded_year = 2006, member_since = '2010-07-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 18;
update centre set legal_name = 'Zavod Mladinski center Metlika', registration_number = '5189851000', tax_number = '11955993', street = 'Ulica talcev 10', postcode = '8330', post_town = 'Metlika', founded_year = 1994, member_since = '2015-08-01', uses_logbook = false, runs_hostel = true, hostel_beds = 12 where id = 19;
update centre set legal_name = 'Zavod Mladinski informativni in kulturni klub Murska Sobota', registration_number = '5294580000', tax_number = '12058940', street = 'Kidričeva ulica 21', postcode = '9000', post_town = 'Murska Sobota', founded_year = 2001, member_since = '2002-09-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 20;
update centre set legal_name = 'Zavod Mladinsko kulturni center Ljutomer', registration_number = '5399309000', tax_number = '12161887', street = 'Gregorčičeva ulica 32', postcode = '9240', post_town = 'Ljutomer', founded_year = 2008, member_since = '2009-10-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 21;
update centre set legal_name = 'Zavod Mladinski kulturni center Maribor', registration_number = '5504038000', tax_number = '12264834', street = 'Levstikova ulica 3', postcode = '2000', post_town = 'Maribor', founded_year = 1996, member_since = '2010-11-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 22;
update centre set legal_name = 'Zavod Mladi zmaji', registration_number = '5608767000', tax_number = '12367781', street = 'Trubarjeva cesta 14', postcode = '1000', post_town = 'Ljubljana', founded_year = 2003, member_since = '2015-12-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 23;
update centre set legal_name = 'Zavod Mladinski center Nova Gorica', registration_number = '5713496000', tax_number = '12470728', street = 'Trg svobode 25', postcode = '5000', post_town = 'Nova Gorica', founded_year = 2010, member_since = '2011-01-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 24;
update centre set legal_name = 'Zavod Mladinski center Oton', registration_number = '5818225000', tax_number = '12573675', street = 'Cankarjeva ulica 36', postcode = '8000', post_town = 'Novo mesto', founded_year = 1998, member_since = '2005-02-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 25;
update centre set legal_name = 'Zavod Pekarna Magdalenske mreže', registration_number = '5022954000', tax_number = '12676622', street = 'Prešernova cesta 7', postcode = '2000', post_town = 'Maribor', founded_year = 2005, member_since = '2010-03-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 26;
update centre set legal_name = 'Zavod Center za mlade Petka', registration_number = '5127683000', tax_number = '12779569', street = 'Ulica talcev 18', postcode = '1380', post_town = 'Cerknica', founded_year = 2012, member_since = null, uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 27;
update centre set legal_name = 'Zavod Mladinski center Podlaga Sežana', registration_number = '5232412000', tax_number = '12882516', street = 'Kidričeva ulica 29', postcode = '6210', post_town = 'Sežana', founded_year = 2000, member_since = '2001-05-01', uses_logbook = false, runs_hostel = true, hostel_beds = 40 where id = 28;
update centre set legal_name = 'Zavod Mladinska postaja Moste', registration_number = '5337141000', tax_number = '12985463', street = 'Gregorčičeva ulica 40', postcode = '1000', post_town = 'Ljubljana', founded_year = 2007, member_since = '2008-06-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 29;
update centre set legal_name = 'Zavod Mladinski center Postojna', registration_number = '5441870000', tax_number = '13088410', street = 'Levstikova ulica 11', postcode = '6230', post_town = 'Postojna', founded_year = 1995, member_since = '2010-07-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 30;
update centre set legal_name = 'Zavod Mladinski center Prlekije', registration_number = '5546599000', tax_number = '13191357', street = 'Trubarjeva cesta 22', postcode = '9240', post_town = 'Ljutomer', founded_year = 2002, member_since = '2015-08-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 31;
update centre set legal_name = 'Zavod Mladinski center Šentjur', registration_number = '5651328000', tax_number = '13294304', street = 'Trg svobode 33', postcode = '3230', post_town = 'Šentjur', founded_year = 2009, member_since = '2010-09-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 32;
update centre set legal_name = 'Zavod Mladinski center Sevnica', registration_number = '5756057000', tax_number = '13397251', street = 'Cankarjeva ulica 4', postcode = '8290', post_town = 'Sevnica', founded_year = 1997, member_since = '2005-10-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 33;
update centre set legal_name = 'Zavod Mladinski center Slovenj Gradec', registration_number = '5860786000', tax_number = '13500198', street = 'Prešernova cesta 15', postcode = '2380', post_town = 'Slovenj Gradec', founded_year = 2004, member_since = '2010-11-01', uses_logbook = false, runs_hostel = true, hostel_beds = 20 where id = 34;
update centre set legal_name = 'Zavod Mladinski center Šoštanj', registration_number = '5065515000', tax_number = '13603145', street = 'Ulica talcev 26', postcode = '3325', post_town = 'Šoštanj', founded_year = 2011, member_since = '2015-12-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 35;
update centre set legal_name = 'Zavod Center mladih Tolmin', registration_number = '5170244000', tax_number = '13706092', street = 'Kidričeva ulica 37', postcode = '5220', post_town = 'Tolmin', founded_year = 1999, member_since = null, uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 36;
update centre set legal_name = 'Zavod Mladinski center Trbovlje', registration_number = '5274973000', tax_number = '13809039', street = 'Gregorčičeva ulica 8', postcode = '1420', post_town = 'Trbovlje', founded_year = 2006, member_since = '2007-02-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 37;
update centre set legal_name = 'Zavod Mladinski center Velenje', registration_number = '5379702000', tax_number = '13911986', street = 'Levstikova ulica 19', postcode = '3320', post_town = 'Velenje', founded_year = 1994, member_since = '2010-03-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 38;
update centre set legal_name = 'Zavod Mladinski center Zagorje ob Savi', registration_number = '5484431000', tax_number = '14014933', street = 'Trubarjeva cesta 30', postcode = '1410', post_town = 'Zagorje ob Savi', founded_year = 2001, member_since = '2015-04-01', uses_logbook = true, runs_hostel = false, hostel_beds = null where id = 39;
update centre set legal_name = 'Zavod Mladinski center Žalec', registration_number = '5589160000', tax_number = '14117880', street = 'Trg svobode 1', postcode = '3310', post_town = 'Žalec', founded_year = 2008, member_since = '2009-05-01', uses_logbook = false, runs_hostel = false, hostel_beds = null where id = 40;

insert into centre_membership (centre_id, status, from_date, note) values
    (1, 'MEMBER', '2005-02-01', null),
    (2, 'MEMBER', '2010-03-01', null),
    (3, 'MEMBER', '2015-04-01', null),
    (4, 'CANDIDATE', '2025-05-15', 'Prošnja za članstvo'),
    (5, 'MEMBER', '2011-06-01', null),
    (6, 'MEMBER', '2010-07-01', null),
    (7, 'MEMBER', '2015-08-01', null),
    (8, 'MEMBER', '2013-09-01', 'Sprejem na zboru Kluba MaMa'),
    (9, 'CANDIDATE', '2004-09-01', null),
    (9, 'MEMBER', '2005-10-01', null),
    (10, 'MEMBER', '2010-11-01', null),
    (11, 'MEMBER', '2015-12-01', null),
    (12, 'MEMBER', '2003-01-01', 'Sprejem na zboru Kluba MaMa'),
    (13, 'MEMBER', '2010-02-01', null),
    (14, 'MEMBER', '2010-03-01', null),
    (15, 'MEMBER', '2015-04-01', null),
    (16, 'MEMBER', '2012-05-01', 'Sprejem na zboru Kluba MaMa'),
    (17, 'MEMBER', '2005-06-01', null),
    (18, 'MEMBER', '2010-07-01', null),
    (19, 'MEMBER', '2015-08-01', null),
    (20, 'MEMBER', '2002-09-01', 'Sprejem na zboru Kluba MaMa'),
    (21, 'MEMBER', '2009-10-01', null),
    (22, 'MEMBER', '2010-11-01', null),
    (22, 'SUSPENDED', '2023-06-01', 'Neplačana članarina za dve leti'),
    (22, 'LEFT', '2024-12-31', 'Izstop po sklepu sveta zavoda'),
    (23, 'MEMBER', '2015-12-01', null),
    (24, 'MEMBER', '2011-01-01', 'Sprejem na zboru Kluba MaMa'),
    (25, 'MEMBER', '2005-02-01', null),
    (26, 'MEMBER', '2010-03-01', null),
    (27, 'CANDIDATE', '2025-01-15', 'Prošnja za članstvo'),
    (28, 'MEMBER', '2001-05-01', 'Sprejem na zboru Kluba MaMa'),
    (29, 'CANDIDATE', '2007-09-01', null),
    (29, 'MEMBER', '2008-06-01', null),
    (30, 'MEMBER', '2010-07-01', null),
    (31, 'MEMBER', '2015-08-01', null),
    (32, 'MEMBER', '2010-09-01', 'Sprejem na zboru Kluba MaMa'),
    (33, 'MEMBER', '2005-10-01', null),
    (34, 'MEMBER', '2010-11-01', null),
    (35, 'MEMBER', '2015-12-01', null),
    (36, 'CANDIDATE', '2025-01-15', 'Prošnja za članstvo'),
    (37, 'CANDIDATE', '2006-09-01', null),
    (37, 'MEMBER', '2007-02-01', null),
    (38, 'MEMBER', '2010-03-01', null),
    (39, 'MEMBER', '2015-04-01', null),
    (40, 'MEMBER', '2009-05-01', 'Sprejem na zboru Kluba MaMa');

insert into centre_contact (centre_id, role, name, email, phone) values
    (1, 'DIRECTOR', 'Alenka Mlakar', 'alenka.mlakar@mc-brezice.example.org', '+386 3 000 001 1'),
    (1, 'CONTACT_PERSON', 'Gregor Kolar', 'gregor.kolar@mc-brezice.example.org', '+386 3 000 001 2'),
    (2, 'DIRECTOR', 'Boštjan Hribar', 'bostjan.hribar@mc-celje.example.org', '+386 1 000 002 1'),
    (2, 'CONTACT_PERSON', 'Nika Oblak', 'nika.oblak@mc-celje.example.org', '+386 1 000 002 2'),
    (3, 'DIRECTOR', 'Tanja Hribar', 'tanja.hribar@mc-bob.example.org', '+386 4 000 003 1'),
    (3, 'CONTACT_PERSON', 'Katja Bogataj', 'katja.bogataj@mc-bob.example.org', '+386 4 000 003 2'),
    (4, 'DIRECTOR', 'Jan Erjavec', 'jan.erjavec@mc-blok-skofja-loka.example.org', '+386 2 000 004 1'),
    (4, 'CONTACT_PERSON', 'Simon Ribič', 'simon.ribic@mc-blok-skofja-loka.example.org', '+386 2 000 004 2'),
    (5, 'DIRECTOR', 'Barbara Cerar', 'barbara.cerar@mc-cid-ptuj.example.org', '+386 7 000 005 1'),
    (5, 'CONTACT_PERSON', 'Blaž Rozman', 'blaz.rozman@mc-cid-ptuj.example.org', '+386 7 000 005 2'),
    (5, 'ACCOUNTING', 'Špela Jug', 'spela.jug@mc-cid-ptuj.example.org', null),
    (6, 'DIRECTOR', 'Vid Dolenc', 'vid.dolenc@mc-domzale.example.org', '+386 3 000 006 1'),
    (6, 'CONTACT_PERSON', 'Vesna Dolenc', 'vesna.dolenc@mc-domzale.example.org', '+386 3 000 006 2'),
    (7, 'DIRECTOR', 'Tjaša Mlakar', 'tjasa.mlakar@mc-dravinjske-doline.example.org', '+386 1 000 007 1'),
    (7, 'CONTACT_PERSON', 'Lovro Jereb', 'lovro.jereb@mc-dravinjske-doline.example.org', '+386 1 000 007 2'),
    (8, 'DIRECTOR', 'Polona Kotnik', 'polona.kotnik@mc-dravograd.example.org', '+386 4 000 008 1'),
    (8, 'CONTACT_PERSON', 'Tilen Zupančič', 'tilen.zupancic@mc-dravograd.example.org', '+386 4 000 008 2'),
    (9, 'DIRECTOR', 'Špela Korošec', 'spela.korosec@mc-emce-plac.example.org', '+386 2 000 009 1'),
    (9, 'CONTACT_PERSON', 'Lara Medved', 'lara.medved@mc-emce-plac.example.org', '+386 2 000 009 2'),
    (10, 'DIRECTOR', 'Tilen Koren', 'tilen.koren@mc-gornja-radgona.example.org', '+386 7 000 010 1'),
    (10, 'CONTACT_PERSON', 'Polona Petek', 'polona.petek@mc-gornja-radgona.example.org', '+386 7 000 010 2'),
    (11, 'DIRECTOR', 'Polona Vovk', 'polona.vovk@mc-hisa-mladih-ajdovscina.example.org', '+386 3 000 011 1'),
    (11, 'CONTACT_PERSON', 'Nina Rupar', 'nina.rupar@mc-hisa-mladih-ajdovscina.example.org', '+386 3 000 011 2'),
    (12, 'DIRECTOR', 'Anže Pintar', 'anze.pintar@mc-hrastnik.example.org', '+386 1 000 012 1'),
    (12, 'CONTACT_PERSON', 'Žan Kralj', 'zan.kralj@mc-hrastnik.example.org', '+386 1 000 012 2'),
    (13, 'DIRECTOR', 'Katja Zupan', 'katja.zupan@mc-idrija.example.org', '+386 4 000 013 1'),
    (13, 'CONTACT_PERSON', 'Matic Pintar', 'matic.pintar@mc-idrija.example.org', '+386 4 000 013 2'),
    (14, 'DIRECTOR', 'Bor Ferjan', 'bor.ferjan@mc-jesenice.example.org', '+386 2 000 014 1'),
    (14, 'CONTACT_PERSON', 'Anja Gorenc', 'anja.gorenc@mc-jesenice.example.org', '+386 2 000 014 2'),
    (15, 'DIRECTOR', 'Tilen Hribar', 'tilen.hribar@mc-koper.example.org', '+386 7 000 015 1'),
    (15, 'CONTACT_PERSON', 'Mojca Krajnc', 'mojca.krajnc@mc-koper.example.org', '+386 7 000 015 2'),
    (16, 'DIRECTOR', 'Primož Zorko', 'primoz.zorko@mc-kotlovnica-kamnik.example.org', '+386 3 000 016 1'),
    (16, 'CONTACT_PERSON', 'Polona Rupar', 'polona.rupar@mc-kotlovnica-kamnik.example.org', '+386 3 000 016 2'),
    (17, 'DIRECTOR', 'Mojca Pirc', 'mojca.pirc@mc-krsko.example.org', '+386 1 000 017 1'),
    (17, 'CONTACT_PERSON', 'Tanja Ferjan', 'tanja.ferjan@mc-krsko.example.org', '+386 1 000 017 2'),
    (18, 'DIRECTOR', 'Nejc Kolar', 'nejc.kolar@mc-medvode.example.org', '+386 4 000 018 1'),
    (18, 'CONTACT_PERSON', 'Žiga Košir', 'ziga.kosir@mc-medvode.example.org', '+386 4 000 018 2'),
    (19, 'DIRECTOR', 'Gašper Pintar', 'gasper.pintar@mc-metlika.example.org', '+386 2 000 019 1'),
    (19, 'CONTACT_PERSON', 'Vesna Erjavec', 'vesna.erjavec@mc-metlika.example.org', '+386 2 000 019 2'),
    (20, 'DIRECTOR', 'Mojca Kralj', 'mojca.kralj@mc-mikk-murska-sobota.example.org', '+386 7 000 020 1'),
    (20, 'CONTACT_PERSON', 'Mojca Vovk', 'mojca.vovk@mc-mikk-murska-sobota.example.org', '+386 7 000 020 2'),
    (21, 'DIRECTOR', 'Mateja Koren', 'mateja.koren@mc-mkc-ljutomer.example.org', '+386 3 000 021 1'),
    (21, 'CONTACT_PERSON', 'Lara Breznik', 'lara.breznik@mc-mkc-ljutomer.example.org', '+386 3 000 021 2'),
    (22, 'DIRECTOR', 'Jan Kolar', 'jan.kolar@mc-mkc-maribor.example.org', '+386 1 000 022 1'),
    (22, 'CONTACT_PERSON', 'Urška Košir', 'urska.kosir@mc-mkc-maribor.example.org', '+386 1 000 022 2'),
    (23, 'DIRECTOR', 'Iza Golob', 'iza.golob@mc-mladi-zmaji.example.org', '+386 4 000 023 1'),
    (23, 'CONTACT_PERSON', 'Polona Mrak', 'polona.mrak@mc-mladi-zmaji.example.org', '+386 4 000 023 2'),
    (24, 'DIRECTOR', 'Nejc Kovač', 'nejc.kovac@mc-nova-gorica.example.org', '+386 2 000 024 1'),
    (24, 'CONTACT_PERSON', 'Urška Kastelic', 'urska.kastelic@mc-nova-gorica.example.org', '+386 2 000 024 2'),
    (25, 'DIRECTOR', 'Nina Erjavec', 'nina.erjavec@mc-oton-novo-mesto.example.org', '+386 7 000 025 1'),
    (25, 'CONTACT_PERSON', 'David Žagar', 'david.zagar@mc-oton-novo-mesto.example.org', '+386 7 000 025 2'),
    (25, 'ACCOUNTING', 'Lucija Jug', 'lucija.jug@mc-oton-novo-mesto.example.org', null),
    (26, 'DIRECTOR', 'Metka Kotnik', 'metka.kotnik@mc-pekarna-maribor.example.org', '+386 3 000 026 1'),
    (26, 'CONTACT_PERSON', 'Bor Vovk', 'bor.vovk@mc-pekarna-maribor.example.org', '+386 3 000 026 2'),
    (27, 'DIRECTOR', 'Anja Mrak', 'anja.mrak@mc-petka-cerknica.example.org', '+386 1 000 027 1'),
    (27, 'CONTACT_PERSON', 'Tina Kolar', 'tina.kolar@mc-petka-cerknica.example.org', '+386 1 000 027 2'),
    (28, 'DIRECTOR', 'Tanja Mrak', 'tanja.mrak@mc-podlaga-sezana.example.org', '+386 4 000 028 1'),
    (28, 'CONTACT_PERSON', 'David Vovk', 'david.vovk@mc-podlaga-sezana.example.org', '+386 4 000 028 2'),
    (29, 'DIRECTOR', 'Erik Novak', 'erik.novak@mc-postaja-moste.example.org', '+386 2 000 029 1'),
    (29, 'CONTACT_PERSON', 'Alenka Sever', 'alenka.sever@mc-postaja-moste.example.org', '+386 2 000 029 2'),
    (30, 'DIRECTOR', 'Anže Golob', 'anze.golob@mc-postojna.example.org', '+386 7 000 030 1'),
    (30, 'CONTACT_PERSON', 'Žiga Ribič', 'ziga.ribic@mc-postojna.example.org', '+386 7 000 030 2'),
    (31, 'DIRECTOR', 'Andraž Oblak', 'andraz.oblak@mc-prlekije.example.org', '+386 3 000 031 1'),
    (31, 'CONTACT_PERSON', 'Metka Korošec', 'metka.korosec@mc-prlekije.example.org', '+386 3 000 031 2'),
    (32, 'DIRECTOR', 'Nina Košir', 'nina.kosir@mc-sentjur.example.org', '+386 1 000 032 1'),
    (32, 'CONTACT_PERSON', 'Tanja Tomažič', 'tanja.tomazic@mc-sentjur.example.org', '+386 1 000 032 2'),
    (33, 'DIRECTOR', 'Živa Hribar', 'ziva.hribar@mc-sevnica.example.org', '+386 4 000 033 1'),
    (33, 'CONTACT_PERSON', 'Anja Krajnc', 'anja.krajnc@mc-sevnica.example.org', '+386 4 000 033 2'),
    (34, 'DIRECTOR', 'Metka Jug', 'metka.jug@mc-slovenj-gradec.example.org', '+386 2 000 034 1'),
    (34, 'CONTACT_PERSON', 'Manca Kavčič', 'manca.kavcic@mc-slovenj-gradec.example.org', '+386 2 000 034 2'),
    (35, 'DIRECTOR', 'Klara Potočnik', 'klara.potocnik@mc-sostanj.example.org', '+386 7 000 035 1'),
    (35, 'CONTACT_PERSON', 'Lovro Bogataj', 'lovro.bogataj@mc-sostanj.example.org', '+386 7 000 035 2'),
    (36, 'DIRECTOR', 'Nina Horvat', 'nina.horvat@mc-tolmin.example.org', '+386 3 000 036 1'),
    (36, 'CONTACT_PERSON', 'Tilen Petek', 'tilen.petek@mc-tolmin.example.org', '+386 3 000 036 2'),
    (37, 'DIRECTOR', 'Zala Kavčič', 'zala.kavcic@mc-trbovlje.example.org', '+386 1 000 037 1'),
    (37, 'CONTACT_PERSON', 'Matej Zorko', 'matej.zorko@mc-trbovlje.example.org', '+386 1 000 037 2'),
    (38, 'DIRECTOR', 'Miha Zajc', 'miha.zajc@mc-velenje.example.org', '+386 4 000 038 1'),
    (38, 'CONTACT_PERSON', 'Miha Žnidaršič', 'miha.znidarsic@mc-velenje.example.org', '+386 4 000 038 2'),
    (39, 'DIRECTOR', 'Lovro Ribič', 'lovro.ribic@mc-zagorje.example.org', '+386 2 000 039 1'),
    (39, 'CONTACT_PERSON', 'Andraž Logar', 'andraz.logar@mc-zagorje.example.org', '+386 2 000 039 2'),
    (40, 'DIRECTOR', 'Polona Žagar', 'polona.zagar@mc-zalec.example.org', '+386 7 000 040 1'),
    (40, 'CONTACT_PERSON', 'Anja Sever', 'anja.sever@mc-zalec.example.org', '+386 7 000 040 2');

insert into membership_fee (centre_id, fee_year, amount_due, due_on, paid_on, amount_paid) values
    (1, 2025, 150.00, '2025-03-31', '2025-03-04', 150.00),
    (2, 2025, 150.00, '2025-03-31', '2025-04-07', 150.00),
    (3, 2025, 150.00, '2025-03-31', '2025-02-10', 150.00),
    (5, 2025, 150.00, '2025-03-31', '2025-04-16', 150.00),
    (6, 2025, 150.00, '2025-03-31', '2025-02-19', 150.00),
    (7, 2025, 150.00, '2025-03-31', '2025-03-22', 150.00),
    (8, 2025, 150.00, '2025-03-31', '2025-04-25', 150.00),
    (9, 2025, 150.00, '2025-03-31', '2025-02-01', 150.00),
    (10, 2025, 150.00, '2025-03-31', '2025-03-04', 150.00),
    (11, 2025, 150.00, '2025-03-31', '2025-04-07', 150.00),
    (12, 2025, 150.00, '2025-03-31', null, null),
    (13, 2025, 150.00, '2025-03-31', '2025-03-13', 150.00),
    (14, 2025, 150.00, '2025-03-31', '2025-04-16', 150.00),
    (15, 2025, 150.00, '2025-03-31', '2025-02-19', 150.00),
    (16, 2025, 150.00, '2025-03-31', '2025-03-22', 150.00),
    (17, 2025, 150.00, '2025-03-31', '2025-04-25', 150.00),
    (18, 2025, 150.00, '2025-03-31', '2025-02-01', 150.00),
    (19, 2025, 150.00, '2025-03-31', '2025-03-04', 150.00),
    (20, 2025, 150.00, '2025-03-31', '2025-04-07', 150.00),
    (21, 2025, 150.00, '2025-03-31', '2025-02-10', 150.00),
    (23, 2025, 150.00, '2025-03-31', '2025-04-16', 150.00),
    (24, 2025, 150.00, '2025-03-31', '2025-02-19', 150.00),
    (25, 2025, 150.00, '2025-03-31', '2025-03-22', 150.00),
    (26, 2025, 150.00, '2025-03-31', '2025-04-25', 150.00),
    (28, 2025, 150.00, '2025-03-31', '2025-03-04', 150.00),
    (29, 2025, 150.00, '2025-03-31', '2025-04-07', 150.00),
    (30, 2025, 150.00, '2025-03-31', null, null),
    (31, 2025, 150.00, '2025-03-31', '2025-03-13', 150.00),
    (32, 2025, 150.00, '2025-03-31', '2025-04-16', 150.00),
    (33, 2025, 150.00, '2025-03-31', '2025-02-19', 150.00),
    (34, 2025, 150.00, '2025-03-31', '2025-03-22', 150.00),
    (35, 2025, 150.00, '2025-03-31', '2025-04-25', 150.00),
    (37, 2025, 150.00, '2025-03-31', '2025-03-04', 150.00),
    (38, 2025, 150.00, '2025-03-31', '2025-04-07', 150.00),
    (39, 2025, 150.00, '2025-03-31', '2025-02-10', 150.00),
    (40, 2025, 150.00, '2025-03-31', '2025-03-13', 150.00),
    (1, 2026, 160.00, '2026-03-31', '2026-03-06', 160.00),
    (2, 2026, 160.00, '2026-03-31', '2026-04-11', 160.00),
    (3, 2026, 160.00, '2026-03-31', '2026-05-16', 160.00),
    (5, 2026, 160.00, '2026-03-31', '2026-03-26', 160.00),
    (6, 2026, 160.00, '2026-03-31', '2026-04-04', 160.00),
    (7, 2026, 160.00, '2026-03-31', null, null),
    (8, 2026, 160.00, '2026-03-31', '2026-02-14', 160.00),
    (9, 2026, 160.00, '2026-03-31', '2026-03-19', 160.00),
    (10, 2026, 160.00, '2026-03-31', '2026-04-24', 160.00),
    (11, 2026, 160.00, '2026-03-31', '2026-05-02', 160.00),
    (12, 2026, 160.00, '2026-03-31', null, null),
    (13, 2026, 160.00, '2026-03-31', '2026-03-12', 160.00),
    (14, 2026, 160.00, '2026-03-31', '2026-04-17', 160.00),
    (15, 2026, 160.00, '2026-03-31', '2026-05-22', 160.00),
    (16, 2026, 160.00, '2026-03-31', '2026-02-27', 160.00),
    (17, 2026, 160.00, '2026-03-31', '2026-03-05', 160.00),
    (18, 2026, 160.00, '2026-03-31', '2026-04-10', 160.00),
    (19, 2026, 160.00, '2026-03-31', '2026-05-15', 160.00),
    (20, 2026, 160.00, '2026-03-31', null, null),
    (21, 2026, 160.00, '2026-03-31', '2026-03-25', 160.00),
    (23, 2026, 160.00, '2026-03-31', '2026-05-08', 160.00),
    (24, 2026, 160.00, '2026-03-31', '2026-04-20', 80.00),
    (25, 2026, 160.00, '2026-03-31', '2026-03-18', 160.00),
    (26, 2026, 160.00, '2026-03-31', null, null),
    (28, 2026, 160.00, '2026-03-31', '2026-02-06', 160.00),
    (29, 2026, 160.00, '2026-03-31', '2026-03-11', 160.00),
    (30, 2026, 160.00, '2026-03-31', null, null),
    (31, 2026, 160.00, '2026-03-31', '2026-05-21', 160.00),
    (32, 2026, 160.00, '2026-03-31', '2026-02-26', 160.00),
    (33, 2026, 160.00, '2026-03-31', null, null),
    (34, 2026, 160.00, '2026-03-31', '2026-04-09', 160.00),
    (35, 2026, 160.00, '2026-03-31', '2026-05-14', 160.00),
    (37, 2026, 160.00, '2026-03-31', '2026-03-24', 160.00),
    (38, 2026, 160.00, '2026-03-31', '2026-04-02', 160.00),
    (39, 2026, 160.00, '2026-03-31', null, null),
    (40, 2026, 160.00, '2026-03-31', '2026-02-12', 160.00);

update centre set website = 'https://mc-celje.example.org' where id = 2;

insert into centre_change (centre_id, changed_at, changed_by, changed_by_name, field, subject, old_value, new_value) values
    (22, '2024-12-31 09:12:00', 'office.admin', 'Tina Vovk', 'membership.field.status', null, 'membership.SUSPENDED', 'membership.LEFT'),
    (1, '2025-01-20 10:05:00', 'office.admin', 'Tina Vovk', 'membership.field.fee', '2025', null, '150.00 EUR, 2025-03-31'),
    (1, '2025-03-03 08:40:00', 'office.admin', 'Tina Vovk', 'membership.field.feePaid', '2025', null, '150.00 EUR, 2025-03-02'),
    (1, '2026-01-15 11:30:00', 'office.admin', 'Tina Vovk', 'membership.field.hostel', null, '20', '24'),
    (1, '2026-02-10 14:02:00', 'brezice.admin', 'Alenka Mlakar', 'membership.field.phone', null, '+386 7 000 00 00', '+386 7 000 00 01'),
    (2, '2026-03-12 09:00:00', 'celje.admin', 'Boštjan Hribar', 'membership.field.website', null, null, 'https://mc-celje.example.org'),
    (17, '2026-05-04 13:15:00', 'office.admin', 'Tina Vovk', 'membership.field.legalName', null, null, 'Zavod Mladinski center Krško');
