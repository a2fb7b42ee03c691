-- Demo data: the real annual work plan of the network for 2021 (Letni delovni načrt Mreže MaMa 2021), published version.
-- Texts follow the published LDN 2021 (obvious typos fixed, broken lines joined); the people who prepared it and
-- their contacts are left out. Progress figures (plan_actual) are fictional: a mid-year picture for the demo.
-- Item keys: <section>, <section>-g<n> (goal), <section>-k<n> (qualitative indicator), <section>-a<n> (activity),
-- <section>-a<n>-t<n> (quantitative target).

insert into plan (plan_year, version_no, title, introduction, stage, published_on) values
    (2021, 1, 'Letni delovni načrt Mreže MaMa 2021',
     'Ta dokument je Letni delovni načrt Mreže MaMa za leto 2021 (v nadaljevanju LDN). Pripravili smo ga na podlagi strateških smernic delovanja Mreže MaMa ter skladno z izraženimi potrebami in pobudami članic Mreže MaMa. Mreža MaMa si glede na trenutno situacijo, povezano z epidemijo koronavirusa, pridržuje pravico do spremembe LDN 2021.',
     'PUBLISHED', '2021-04-15');
set @plan = last_insert_id();

insert into plan_step (plan_id, stage, decided_on, decision, note, recorded_by) values
    (@plan, 'COUNCIL', '2020-10-15', 'APPROVED', 'Osnutek obravnavan na seji Sveta Mreže MaMa.', 'office.admin'),
    (@plan, 'EXPERT_COUNCIL', '2020-12-03', 'APPROVED', 'Osnutek obravnavan na seji Strokovnega sveta Mreže MaMa.', 'office.admin'),
    (@plan, 'MEMBERS_CLUB', '2020-12-10', 'APPROVED', 'Osnutek predstavljen članicam mreže na Klubu MaMa.', 'office.admin'),
    (@plan, 'INSTITUTE_COUNCIL', '2021-03-02', 'APPROVED', 'LDN obravnavan in sprejet na seji Sveta zavoda Mreže MaMa.', 'office.admin'),
    (@plan, 'ASSEMBLY', '2021-04-08', 'APPROVED', 'LDN obravnavan in sprejet na Zboru Kluba MaMa.', 'office.admin'),
    (@plan, 'PUBLISHED', '2021-04-15', 'PUBLISHED', 'LDN objavljen na spletni strani Mreže MaMa.', 'office.admin');

-- =====================================================================================================================
-- Razvoj mladinskega dela
-- =====================================================================================================================

-- 1. Področje usposabljanja -------------------------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'usposabljanje', 1, 'AREA', 'Razvoj mladinskega dela', 'Področje usposabljanja',
     'Cilj 2.1. v Strategiji – Vzpostavitev sistema usposabljanja za mladinske delavce',
     'Z izobraževanjem večamo usposobljenost za strokovno mladinsko delo in krepitev članic v odnosu do družbe ter skrbimo za izobraževanje profesionalnih in neprofesionalnih mladinskih delavcev, vodij, direktorjev mladinskih centrov za kvalitetno in usposobljeno delo z mladimi na številnih področjih.',
     null, null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'usposabljanje-g1', 1, 'GOAL', 'Izvedba rednih izobraževanj (za vsako ciljno skupino) na različne teme.'),
    (@plan, @s, 'usposabljanje-g2', 2, 'GOAL', 'Udeležba vsaj 80 udeležencev v izobraževanjih.'),
    (@plan, @s, 'usposabljanje-g3', 3, 'GOAL', 'Sodelovanje vsaj 3 zunanjih izvajalcev (strokovnjakov) v izobraževanjih/usposabljanjih.'),
    (@plan, @s, 'usposabljanje-g4', 4, 'GOAL', 'Vzpostavitev trajnostnega sistema usposabljanj za vse mladinske delavce v mladinskih centrih.'),
    (@plan, @s, 'usposabljanje-g5', 5, 'GOAL', 'Vodenje in delovanje delovne skupine za usposabljanja mladinskih delavcev.'),
    (@plan, @s, 'usposabljanje-k1', 1, 'INDICATOR', 'Izvedba izobraževanja za štiri ciljne skupine (direktorje mladinskih centrov, profesionalne mladinske delavce, neprofesionalne mladinske delavce ter novo zaposlene delavce v okviru Aktivne politike zaposlovanja).'),
    (@plan, @s, 'usposabljanje-k2', 2, 'INDICATOR', 'Izvedba ali koordinacija tako teoretičnega kot praktičnega dela izobraževanja.'),
    (@plan, @s, 'usposabljanje-k3', 3, 'INDICATOR', 'Izdelan katalog usposabljanj za leto 2021.'),
    (@plan, @s, 'usposabljanje-k4', 4, 'INDICATOR', 'Izdelan načrt dela delovne skupine in izvajanje usposabljanj po načrtu delovne skupine.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'usposabljanje-a1', 1,
     'Akademija rednih usposabljanj – usposabljanja za mladinske delavce (vodje, redno zaposlene in prostovoljce)',
     'februar – december', 2, 12,
     'Izvedba vsaj štirih usposabljanj za mladinske delavce članic, glede na izraženo potrebo članic skozi leto. V izvedbo vključujemo zunanje strokovnjake in redno zaposlene.\nIzdelava kataloga in načrta usposabljanj za leto 2021.\nV celotnem programu sodeluje vsaj 80 udeležencev.\nPriprava učnega gradiva in razvoj nove metodologije.\nRazširjanje rezultatov izobraževanja/usposabljanj.\nNabor vsebine za Akademijo rednih usposabljanj:\n– Novi mladinski delavci: Osnove mladinskega dela in digitalno mladinsko delo\n– Vsi mladinski delavci in vodje: Informiranje, komuniciranje in promocija\n– Izkušeni mladinski delavci: Trening za trenerje\n– Mladinski delavci in vodje: Zastopanje in zagovorništvo\n– Mladinski delavci: Duševno zdravje mladih in psihološka podpora mladim\n– Mladinski delavci in direktorji/vodje: Supervizija',
     'Članice prijavijo svoje mladinske delavce na usposabljanja iz kataloga.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'usposabljanje-a1-t1', 1, 4, 'usposabljanj', 'izvedena usposabljanja za mladinske delavce članic', null),
    (@plan, @a, 'usposabljanje-a1-t2', 2, 80, 'udeležencev', 'udeleženci v celotnem programu usposabljanj', null),
    (@plan, @a, 'usposabljanje-a1-t3', 3, 3, 'zunanjih izvajalcev', 'zunanji strokovnjaki, vključeni v izvedbo usposabljanj', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'usposabljanje-a2', 2,
     'Delovanje delovne skupine: Izobraževanja in usposabljanja mladinskih delavcev',
     'januar – december', 1, 12,
     'Februar – priprava izhodišč za delovanje delovne skupine za leto 2021.\nMarec – sestanek in srečanje: priprava načrta usposabljanj Mreže MaMa za mladinske delavce in vodje mladinskih centrov.\nMarec/april – priprava ter izvedba vprašalnika na Klubu MaMa o potrebah za usposabljanja.\nMarec–junij – spremljanje izvedbe načrta ter poročanje.\nMarec in oktober – izvedba usposabljanj glede na načrt.\nNovember – beleženje rezultatov delovanja delovne skupine.',
     'Predstavniki članic se vključijo v delovno skupino; na Klubu MaMa članice izpolnijo vprašalnik o potrebah za usposabljanja.');

-- 2. Področje kakovosti mladinskega dela ----------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'kakovost', 2, 'AREA', 'Razvoj mladinskega dela', 'Področje kakovosti mladinskega dela', null, null, null, null);
set @area = last_insert_id();

insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'logbook', 1, 'PROJECT', null, 'Logbook', null,
     'Širjenje in implementacija švedskega sistema za beleženje mladinskega dela v slovenske občine in mladinske centre ter spremljanje kakovosti v mladinskem delu na lokalni ravni ter poenotenje beleženja mladinskega dela na nacionalni ravni s pomočjo orodja Logbook.',
     'Partnerstvo z NA MOVIT, URSM in občinami', 'PARTNER');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'logbook-g1', 1, 'GOAL', 'Nadaljevanje z uporabo sistema Logbook v 9 že vključenih občinah (Ljubljana, Novo mesto, Brežice, Maribor, Celje, Krško, Škofja Loka, Zagorje ob Savi, Brda).'),
    (@plan, @s, 'logbook-g2', 2, 'GOAL', 'Vključitev novih občin in širitev implementacije Logbooka v slovenske mladinske centre s ciljem zagotoviti čim širši (nacionalni) pregled mladinskega dela v Sloveniji.'),
    (@plan, @s, 'logbook-g3', 3, 'GOAL', 'Vključitev nacionalnih mladinskih organizacij in drugih NVO v Logbook.'),
    (@plan, @s, 'logbook-g4', 4, 'GOAL', 'V sodelovanju z Uradom RS za mladino testirati uporabnost Logbooka pri poročanju v okviru javnega poziva z vključenimi mladinskimi centri in organizacijami.'),
    (@plan, @s, 'logbook-g5', 5, 'GOAL', 'Krepitev in razvoj kakovosti v mladinskem delu na lokalni in nacionalni ravni.'),
    (@plan, @s, 'logbook-g6', 6, 'GOAL', 'Vzpostavitev mreže spremljanja kvantitativnih in kvalitativnih podatkov o mladinskem delu in diseminacije teh.'),
    (@plan, @s, 'logbook-g7', 7, 'GOAL', 'Uresničevanje trajnostnega modela in dolgoročne vizije Logbooka v Sloveniji.'),
    (@plan, @s, 'logbook-g8', 8, 'GOAL', 'Prilagoditve orodja za beleženje aktivnosti digitalnega mladinskega dela.'),
    (@plan, @s, 'logbook-k1', 1, 'INDICATOR', 'Zagotavljanje celostne rešitve za beleženje mladinskega dela na nacionalni ravni.'),
    (@plan, @s, 'logbook-k2', 2, 'INDICATOR', 'Pregled nad mladinskim delom v slovenskem prostoru na podlagi kvalitativnih in kvantitativnih podatkov.'),
    (@plan, @s, 'logbook-k3', 3, 'INDICATOR', 'Izveden trajnostni in samovzdržen model za delovanje Logbooka in spremljanje kakovosti mladinskega dela.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'logbook-a1', 1, 'Sektorska posvetovanja o kakovosti mladinskega dela', 'januar – december', 1, 12,
     'Priprava temeljev in strateških dokumentov za kakovostno mladinsko delo v mladinskih centrih.',
     'Članice sodelujejo na sektorskih posvetovanjih o kakovosti mladinskega dela.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'logbook-a2', 2, 'Projekt Logbook', 'januar – december', 1, 12,
     'Januar – vključitev novih občin in mladinskih centrov v uporabo sistema Logbook. Predstavitveno srečanje za novo vključene občine in mladinske centre. Spletno usposabljanje novih občin in mladinskih centrov ter ostalih mladinskih organizacij za uporabo Logbooka.\nMarec in oktober – izvedba srečanj regionalnega odbora občin za zagotavljanje kakovostne izvedbe in spremljanja projekta.\nMarec–april – podporni terenski obiski mladinskih centrov (vsebinska in tehnična podpora).\nJunij in december – redne analize, poročila in evalvacije pilotnega projekta.\nSeptember – izvedba srečanja vseh uporabnikov z namenom priprave na letno evalvacijo.\nOktober – izvedba in podpora občinam in mladinskim centrom pri letni evalvaciji v mladinskih centrih.\nNovember–december – analiza in interpretacija rezultatov letne evalvacije, lokalna srečanja v občinah in podpora pri interpretaciji rezultatov.\nDecember – letno srečanje vseh uporabnikov Logbooka v Sloveniji (mreženje, deljenje izkušenj, povezovanje, gradnja Logbook skupnosti).\nCelo leto – priprava predloga testnega modela poročanja v okviru Javnega poziva za sofinanciranje programov mladinskega dela (v sodelovanju z URSM), za debirokratizacijo in optimizacijo poročanja.\nCelo leto – sodelovanje pri oblikovanju razvojnih komponent Logbooka (prilagoditve za beleženje aktivnosti digitalnega mladinskega dela).\nCelo leto – vsebinska in tehnična podpora občinam in mladinskim centrom pri uporabi sistema, redni pregledi beleženja aktivnosti.\nCelo leto – aktivnosti za pridobivanje novih občin in mladinskih centrov, promocija projekta v mladinskem sektorju.\nCelo leto – redna lokalna srečanja ključnih deležnikov projekta.\nCelo leto – upravljanje in vodenje projekta, komunikacija z mrežo KEKS in uporabniki orodja v Sloveniji.',
     'Mladinski centri v vključenih občinah beležijo aktivnosti v Logbooku ter se udeležijo usposabljanj, evalvacij in srečanj uporabnikov.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'logbook-a2-t1', 1, 9, 'občin', 'občine, ki nadaljujejo z uporabo sistema Logbook', null);

-- 3. Področje digitalnega mladinskega dela ------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'digitalno', 3, 'AREA', 'Razvoj mladinskega dela', 'Področje digitalnega mladinskega dela', null, null, null, null);
set @area = last_insert_id();

insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'digitalni-centri', 1, 'PROGRAMME', null, 'Delovna skupina za vzpostavitev mreže digitalnih mladinskih centrov', null,
     'Povezovanje digitalnih mladinskih centrov v skupnost ter definiranje minimalnih kriterijev (standardov) za vzpostavitev digitalnega mladinskega centra.',
     null, null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'digitalni-centri-g1', 1, 'GOAL', 'Definiranje minimalnih kriterijev za definiranje digitalnega mladinskega centra.'),
    (@plan, @s, 'digitalni-centri-g2', 2, 'GOAL', 'Vzpostavitev Mreže digitalnih mladinskih centrov na platformi Discord.'),
    (@plan, @s, 'digitalni-centri-g3', 3, 'GOAL', 'Organizacija ter izvedba študijskega obiska v enem izmed digitalnih mladinskih centrov.'),
    (@plan, @s, 'digitalni-centri-k1', 1, 'INDICATOR', 'Izdelava kriterijev za vzpostavitev digitalnega mladinskega centra.'),
    (@plan, @s, 'digitalni-centri-k2', 2, 'INDICATOR', 'Vzpostavljena mreža digitalnih mladinskih centrov.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'digitalni-centri-a1', 1, 'Mreža digitalnih mladinskih centrov', 'februar', 2, 2,
     'Vzpostavitev serverja na platformi Discord za potrebe vzpostavljanja mreže digitalnih mladinskih centrov.',
     'Digitalni mladinski centri članic se pridružijo strežniku mreže na platformi Discord.'),
    (@plan, @s, 'digitalni-centri-a2', 2, 'Kriteriji za vzpostavitev digitalnih mladinskih centrov', 'februar – april', 2, 4,
     'Definiranje minimalnih kriterijev za vzpostavitev digitalnega mladinskega centra.',
     null);

-- 4. Področje mednarodnega delovanja -----------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'mednarodno', 4, 'AREA', 'Razvoj mladinskega dela', 'Področje mednarodnega delovanja',
     'Cilj 2.3. v Strategiji – Podporno svetovalna vloga mladinskim centrom pri prijavi mednarodnih projektov',
     'Namen mednarodnega delovanja Mreže MaMa je deljenje dobrih praks, učenje novih pristopov v mladinskem delu, ki jih lahko delimo s članicami, vzpostavljanje dolgoročnih partnerstev ter ustvarjanje novih možnosti in povezovanja za vse.\nProjekti mednarodnega delovanja so večinoma podprti s strani programa Erasmus+: Mladi v akciji in se navezujejo na predhodne projektne aktivnosti razvoja mladinskega dela, kot smo jih opisali v področju usposabljanja.',
     null, null);
set @area = last_insert_id();

-- Program: Podpora mednarodnemu mladinskemu delu
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'mednarodna-podpora', 1, 'PROGRAMME', null, 'Podpora mednarodnemu mladinskemu delu', null,
     'Povečati aktivnosti mednarodne mobilnosti mladih in nuditi podporo mladinskim centrom za vključevanje v projekte mednarodne mobilnosti.',
     null, null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'mednarodna-podpora-g1', 1, 'GOAL', 'Vzpostavitev trajnostnega sistema za podporo mladinskim centrom pri prijavi projektov mednarodnega mladinskega dela, ki se beleži v okviru svetovanja.'),
    (@plan, @s, 'mednarodna-podpora-g2', 2, 'GOAL', 'Svetovanja mladinskim centrom za prijavo na projekte.'),
    (@plan, @s, 'mednarodna-podpora-k1', 1, 'INDICATOR', 'Zagotavljanje podpornega sistema za mednarodno mladinsko delo v mladinskih centrih.'),
    (@plan, @s, 'mednarodna-podpora-k2', 2, 'INDICATOR', 'Vzpostavitev projektne pisarne in redna srečanja pred prijavnimi roki.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mednarodna-podpora-a1', 1, 'Podpora mednarodnemu mladinskemu delu in mobilnosti mladih', 'januar – december', 1, 12,
     'Podpora mladinskim centrom za izvajanje mednarodnega mladinskega dela.\nVključiti 12 mladinskih delavcev v tečaje usposabljanj in seminarje na mednarodni ravni v sklopu projektov Erasmus+: Mladi v akciji.\nIzvajanje svetovalne vloge mladinskim centrom.\nPromocija mednarodne mladinske mobilnosti.',
     'Članice se za svetovanje pri prijavi mednarodnih projektov obrnejo na Mrežo MaMa in predlagajo svoje mladinske delavce za mednarodna usposabljanja.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'mednarodna-podpora-a1-t1', 1, 12, 'mladinskih delavcev', 'mladinski delavci, vključeni v mednarodne tečaje usposabljanj in seminarje (Erasmus+: Mladi v akciji)', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mednarodna-podpora-a2', 2, 'Vzpostavitev projektne pisarne Mreže MaMa', 'februar – december', 2, 12,
     'Priprava dokumentov z načrtom dela in časovnico za vzpostavitev projektne pisarne.\nPriprava in izvedba razpisa za sodelavce v projektni pisarni.',
     null);

-- Projekt: Mreža mladinskih delavcev
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'mreza-mladinskih-delavcev', 2, 'PROJECT', null, 'Mreža mladinskih delavcev', null,
     'Mladinskemu delu na enem mestu ponuditi temelje. S tem predvsem ciljamo na pripravo teorije, ki podpira in pojasnjuje mlade (telesni in duševni razvoj), neformalno učenje in različne načine učenja, podporo pri osebnih stiskah mladih, različna izražanja in podobno. Vse te teme imajo teoretične opredelitve, ki temeljijo na znanosti in raziskavah, in so nujno osnovno znanje vsakega strokovnjaka, ki dela z ljudmi.',
     'Erasmus+ KA2 – strateško partnerstvo', 'APPLICANT');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'mreza-mladinskih-delavcev-g1', 1, 'GOAL', 'Teoretična vsebinska zasnova projekta.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-g2', 2, 'GOAL', 'Zbornik vse kakovostne literature, ki je nastala v okviru razvoja mladinskega dela in na osnovi potreb mladinskih delavcev.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-g3', 3, 'GOAL', 'Strokovni program usposabljanja, namenjen bodočim mladinskim delavcem ter že delujočim mladinskim delavcem.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-g4', 4, 'GOAL', 'Osnutek kolektivne pogodbe v mladinskem sektorju.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k1', 1, 'INDICATOR', 'Ena oseba na Mreži MaMa je odgovorna za administracijo, koordinacijo in komuniciranje s partnerji.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k2', 2, 'INDICATOR', 'Vsi partnerji sodelujejo pri pripravi intelektualnih rezultatov, slovenski pa tudi pri pripravi kolektivne pogodbe za mladinske delavce.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k3', 3, 'INDICATOR', 'Vsi partnerji se strinjajo z vsebino intelektualnih rezultatov.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k4', 4, 'INDICATOR', 'Zbornik mladinskega dela bo strokovno grafično oblikovan.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k5', 5, 'INDICATOR', 'Vsi podatki in informacije projekta so na voljo vsem partnerjem ves čas.'),
    (@plan, @s, 'mreza-mladinskih-delavcev-k6', 6, 'INDICATOR', 'Odziv mladinskih delavcev, ki bodo udeleženi v usposabljanjih, in vseh udeležencev multiplikacijskih dogodkov je večinoma pozitiven.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mreza-mladinskih-delavcev-a1', 1, 'Strateško partnerstvo, prijavljeno na Erasmus+: Mladi v akciji', 'januar – december', 1, 12,
     'Po dogovoru – 1. mednarodno 32-urno usposabljanje v Sloveniji – Mladinska politika.\nPo dogovoru – 2. mednarodno 32-urno usposabljanje na Hrvaškem – Participacija in vključevanje v mladinskem delu.\nPo dogovoru – 3. mednarodno 32-urno usposabljanje – Učni procesi.\nPo dogovoru – 4. mednarodno 32-urno usposabljanje – Refleksija in evalvacija.\nPo dogovoru – 2 mednarodni srečanji partnerjev, na Švedskem ter na Hrvaškem.\nPriprava osnutka kolektivne pogodbe za mladinski sektor s strani Sindikata Mladi Plus.\nVključiti 46 mladinskih delavcev (16 slovenskih) v 64 ur usposabljanj.',
     'Članice prijavijo svoje mladinske delavce na mednarodna usposabljanja projekta.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'mreza-mladinskih-delavcev-a1-t1', 1, 46, 'mladinskih delavcev', 'mladinski delavci, vključeni v usposabljanja projekta', null),
    (@plan, @a, 'mreza-mladinskih-delavcev-a1-t2', 2, 16, 'mladinskih delavcev', 'slovenski mladinski delavci, vključeni v usposabljanja projekta', null);

-- Projekt: Evropska solidarnostna enota – Aktivno evropsko državljanstvo (Zaposlitve)
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'solidarnostna-enota', 3, 'PROJECT', null, 'Evropska solidarnostna enota – Aktivno evropsko državljanstvo (zaposlitve)', null,
     'Vzpostavitev solidarnostnega projekta za krepitev solidarnosti kot vrednote.',
     'Evropska solidarnostna enota', null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'solidarnostna-enota-g1', 1, 'GOAL', 'Vzpostavitev in okrepitev temeljev solidarnostnih vrednot znotraj organizacije.'),
    (@plan, @s, 'solidarnostna-enota-g2', 2, 'GOAL', 'Spodbuditi mlade, da razmišljajo solidarno in se zavedajo, da Evropska unija temelji na solidarnosti, skupni vrednosti, ki se močno čuti v evropski družbi.'),
    (@plan, @s, 'solidarnostna-enota-g3', 3, 'GOAL', 'Ozaveščanje mladih aktivnih državljanov o pomenu vrednosti solidarnosti in spodbujanje evropske zavesti med mladimi.'),
    (@plan, @s, 'solidarnostna-enota-g4', 4, 'GOAL', 'Krepitev zavesti o vključujoči EU.'),
    (@plan, @s, 'solidarnostna-enota-k1', 1, 'INDICATOR', 'Realizacija zaposlitve v okviru Evropske solidarnostne enote.'),
    (@plan, @s, 'solidarnostna-enota-k2', 2, 'INDICATOR', 'Prijava mednarodnega mladinskega dialoga.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'solidarnostna-enota-a1', 1, 'Evropska solidarnostna enota', 'januar – september', 1, 9,
     'Umeščanje vrednot solidarnosti v interne dokumente Mreže MaMa in MC-jev.\nUdeležba zaposlene na skrbniških sestankih članic Mreže MaMa ter promocija in spodbujanje ESE.\nOrganizacija 4 ozaveščevalnih dogodkov.\nPrijava transnacionalnega mladinskega dialoga.\nIzvedba mladinskega dialoga z odločevalci na temo prihodnosti EU in solidarnosti na mednarodni ravni.\nOblikovanje modela informiranja in ozaveščanja mladih za organizacijo in izvedbo ozaveščevalnih dogodkov na temo solidarnosti in aktivnega državljanstva.',
     'Zaposlena v okviru ESE ob skrbniškem sestanku članici predstavi priložnosti Evropske solidarnostne enote.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'solidarnostna-enota-a1-t1', 1, 4, 'dogodkov', 'ozaveščevalni dogodki o solidarnosti in aktivnem državljanstvu', null);

-- Projekt: TRAINEE
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'trainee', 4, 'PROJECT', null, 'TRAINEE (Training and Raising Awareness through In-service Networks for Employment and Entrepreneurship)', null,
     'Glavni namen projekta je usposabljanje strokovnjakov na področju podpore in svetovanja mladim pri zaposlovanju ali spodbujanja zaposljivosti mladih (npr. mladinski delavci, učitelji, šolske svetovalne službe, karierni svetovalci za zaposlovanje, zaposleni v NVO, povezani s programi zaposlovanja mladih itd.), predvsem na področju družbeno koristnega učenja (ang. service learning) in ozaveščanja o globalnih vprašanjih (zlasti o Ciljih trajnostnega razvoja, Agendi 2030 in o Modelu ekonomije za skupno dobro), mladim pa bo omogočil, da razvijejo veščine za svojo osebno rast in zaposljivost.',
     'Erasmus+ KA2 – strateško partnerstvo', 'PARTNER');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'trainee-g1', 1, 'GOAL', 'Izboljšati usposabljanja strokovnjakov, ki so odgovorni za programe zaposlovanja mladih, o inovativnih pristopih, ki so prilagojeni trenutnemu trgu dela (družbeno koristno učenje).'),
    (@plan, @s, 'trainee-g2', 2, 'GOAL', 'Prispevati k doseganju ciljev, zastavljenih v Agendi 2030, k trajnosti svetovne družbe.'),
    (@plan, @s, 'trainee-g3', 3, 'GOAL', 'Spodbujati oblikovanje okvirov sodelovanja in usposabljanja, ki vključujejo različne družbene deležnike.'),
    (@plan, @s, 'trainee-g4', 4, 'GOAL', 'Prispevati k posodobitvi izobraževalnih sistemov v skladu s prednostnimi nalogami in priporočili politike, določenimi v agendi Program za nova znanja in spretnosti za Evropo Evropske komisije.'),
    (@plan, @s, 'trainee-g5', 5, 'GOAL', 'Podpirati vključevanje novih inovativnih, neformalnih metod na delovnem mestu, ki bi lahko prispevale k modernizaciji in prilagajanju mladih na svetovnem trgu dela.'),
    (@plan, @s, 'trainee-k1', 1, 'INDICATOR', 'Intervjuji in fokusne skupine za zbiranje povratnih informacij različnih ciljnih skupin in uspešnost uporabljenih metodologij tekom projekta.'),
    (@plan, @s, 'trainee-k2', 2, 'INDICATOR', 'Poročila o ukrepih družbeno koristnega učenja.'),
    (@plan, @s, 'trainee-k3', 3, 'INDICATOR', 'Povratne informacije promotorjev zaposlovanja, ki se bodo zbrale na koncu projekta z intervjuji ali spletnimi komunikacijami (preverjanje sprememb svetovalnih storitev ali pristopov, doseženih med projektom, vsebinsko in/ali metodološko).');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'trainee-a1', 1, 'Strateško partnerstvo Erasmus+', 'januar – december', 1, 12,
     'Januar – testiranje e-platforme (recruitment) in vzpostavitev baze ponudnikov družbeno koristnega učenja.\nJanuar–junij – testiranje e-platforme s promotorji zaposlovanja in NVO mentorji.\nMarec – mednarodno srečanje partnerjev v Litvi.\nApril–junij – merjenje učinkov testiranja e-platforme.\nJulij–september – končne prilagoditve e-platforme glede na učinke testiranja in javna objava platforme.\nJulij – mednarodno srečanje partnerjev na Portugalskem.\nSeptember–oktober – multiplikacijski dogodki.',
     null);

-- Projekt: Mladinski centri za duševno zdravje mladih
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'dusevno-zdravje', 5, 'PROJECT', null, 'Mladinski centri za duševno zdravje mladih', null,
     'Projekt z naslovom Mladinski centri za duševno zdravje mladih opredeljuje tri ključna področja, in sicer podpora mladinskih delavcev, socialna vključenost in spodbujanje kakovosti. Namen projekta je skozi izbrana prednostna področja mladinske delavce opremiti s splošnimi znanji in veščinami za prepoznavanje mladih v duševni stiski in jih pri tem dodatno usposobiti ter opremiti z informacijami in znanji na področju nudenja prve psihosocialne pomoči mladim.',
     'Erasmus+ KA2 – strateško partnerstvo', 'APPLICANT');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'dusevno-zdravje-g1', 1, 'GOAL', 'S kakovostnimi usposabljanji in testno izvedbo protokolov na področju duševnega zdravja mladih in prve pomoči v duševnem zdravju opolnomočiti vse nosilce poklicev, ki delajo z mladimi.'),
    (@plan, @s, 'dusevno-zdravje-g2', 2, 'GOAL', 'Z ozaveščanjem strokovnjakov in povezovanjem mladinskih delavcev s stroko (medsektorsko sodelovanje) in gradnjo lokalnih interdisciplinarnih mrež razviti programe povezovanja ter povečati prepoznavnost mladinskega dela.'),
    (@plan, @s, 'dusevno-zdravje-g3', 3, 'GOAL', 'Specifični cilj: izvesti mednarodno usposabljanje za 9 mladinskih delavcev (3 mladinski delavci iz vsake partnerske organizacije), t. i. »trening za trenerje«, za pridobivanje znanj in kompetenc za prepoznavanje duševnih težav mladih in nudenje prve psihosocialne pomoči mladim s težavami v duševnem zdravju.'),
    (@plan, @s, 'dusevno-zdravje-g4', 4, 'GOAL', 'Specifični cilj: oblikovati model nacionalnega treninga za izvedbo 3 nacionalnih usposabljanj in vključiti 10 mladinskih delavcev v vsaki državi partnerici (skupno 30 mladinskih delavcev).'),
    (@plan, @s, 'dusevno-zdravje-g5', 5, 'GOAL', 'Specifični cilj: skupaj s strokovnjaki s področja duševnega zdravja mladih in mladinskimi delavci razviti podporni metodološki model za mladinsko delo na področju duševnega zdravja mladih in oblikovati 7 protokolov oziroma pristopov k interventnim ukrepom za mladinske delavce za 7 najpogostejših duševnih težav mladih, ki jih opredeljuje strokovna literatura, v 4 različnih jezikih.'),
    (@plan, @s, 'dusevno-zdravje-g6', 6, 'GOAL', 'Specifični cilj: oblikovati dodatni, osmi protokol ravnanja za mednarodno razsežnost mladinskega dela (mladinske izmenjave, mednarodno prostovoljstvo).'),
    (@plan, @s, 'dusevno-zdravje-k1', 1, 'INDICATOR', 'Intelektualni rezultat O2: protokoli bodo grafično oblikovani in na voljo v digitalni obliki na spletni platformi Padlet.'),
    (@plan, @s, 'dusevno-zdravje-k2', 2, 'INDICATOR', 'Vsi podatki in informacije projekta so na voljo vsem partnerjem ves čas.'),
    (@plan, @s, 'dusevno-zdravje-k3', 3, 'INDICATOR', 'Odziv mladinskih delavcev in strokovnjakov, ki bodo udeleženi v projektnih aktivnostih, in vseh udeležencev multiplikacijskih dogodkov je večinoma pozitiven (kazalnik bomo merili skozi evalvacijske vprašalnike po izvedenih aktivnostih).'),
    (@plan, @s, 'dusevno-zdravje-k4', 4, 'INDICATOR', 'Mladinski delavci, ki bodo udeleženi na projektnih aktivnostih, so ustrezno opolnomočeni za delo na področju duševnega zdravja mladih (kazalnik bomo merili skozi intervizije in supervizije ter skozi »monitoring« vprašalnike pred, med in po procesu vključitve mladinskih delavcev v projektne aktivnosti).');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'dusevno-zdravje-a1', 1, 'Strateško partnerstvo Erasmus+', 'februar – december', 2, 12,
     'Marec – kick-off srečanje partnerjev.\nMarec–maj – oblikovanje intelektualnih rezultatov (modul usposabljanja za mladinske delavce na področju duševnega zdravja mladih in osnutki protokolov za prvo psihosocialno pomoč mladim).\nMaj – mednarodno usposabljanje za mladinske delavce-trenerje.\nOktober – nacionalna usposabljanja mladinskih delavcev (Slovenija, Estonija, Španija).',
     'Članice prijavijo svoje mladinske delavce na nacionalno usposabljanje v oktobru.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'dusevno-zdravje-a1-t1', 1, 9, 'mladinskih delavcev', 'mladinski delavci na mednarodnem usposabljanju »trening za trenerje«', null),
    (@plan, @a, 'dusevno-zdravje-a1-t2', 2, 30, 'mladinskih delavcev', 'mladinski delavci, vključeni v nacionalna usposabljanja (10 v vsaki državi partnerici)', null);

-- 5. Področje medsektorskega povezovanja --------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'medsektorsko', 5, 'AREA', 'Razvoj mladinskega dela', 'Področje medsektorskega povezovanja',
     'Cilj 2.5. v Strategiji – Povezovanje formalnega in neformalnega sektorja/izobraževanja',
     'Povezovanje formalnega in neformalnega izobraževanja ter z organizacijami izven mladinskega sektorja (podjetja, društva) za povečanje participacije mladih v družbenih procesih in večjo vključenost pri aktivnostih mladinskih centrov. Z medsektorskim povezovanjem si želimo doseči večjo prepoznavnost v osnovnih in srednjih šolah in pridobiti več aktivnih mladih v mladinske centre.\nNamen je, da institucije formalnega izobraževanja in podjetja ter druge organizacije izven mladinskega sektorja prepoznajo dodano vrednost institucij neformalnega izobraževanja in komplementarnost sektorjev za dobrobit uporabnikov, prenosa znanj ter izobraževalnega sektorja.',
     null, null);
set @s = last_insert_id();
set @area = @s;

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'medsektorsko-g1', 1, 'GOAL', 'Priprava in predstavitve priložnosti za povezovanje formalnega in neformalnega izobraževanja Uradu RS za mladino in Uradu RS za razvoj izobraževanja.'),
    (@plan, @s, 'medsektorsko-g2', 2, 'GOAL', 'Priprava usposabljanj in delavnic na temo aktivne participacije mladih in neformalnega izobraževanja ter vodenja projektov za podjetja in druge organizacije in društva iz mladinskega sektorja.'),
    (@plan, @s, 'medsektorsko-k1', 1, 'INDICATOR', 'Izvajanje delavnic in usposabljanj neformalnega izobraževanja v osnovnih in srednjih šolah v okviru različnih projektov (Life, MZ).'),
    (@plan, @s, 'medsektorsko-k2', 2, 'INDICATOR', 'Dogovarjanje z URSM in URSRI za sodelovanje.'),
    (@plan, @s, 'medsektorsko-k3', 3, 'INDICATOR', 'Priprava načrta medsektorskega sodelovanja s podjetji in drugimi organizacijami izven mladinskega sektorja.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'medsektorsko-a1', 1, 'Sodelovanje z družbo Zeos', 'marec – december', 3, 12,
     'Izvedba delavnic na temo krožnega gospodarstva.', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'medsektorsko-a2', 2, 'Heroji furajo v pižamah II.', 'januar – december', 1, 12,
     'Koordinacija 4 lokalnih dogodkov za ozaveščanje o prekomerni rabi alkohola med mladimi in dialog z odločevalci v lokalnih skupnostih.\nIzvedba 4 fokusnih skupin z mladinskimi delavci na temo rabe alkohola in prepovedanih drog.\nSodelovanje na 3 novinarskih konferencah.\nPodpora pri pripravi 3 lokalnih akcijskih načrtov in spodbujanje sodelovanja v lokalnih akcijskih skupinah.',
     'Mladinski centri izvedejo lokalni dogodek, njihovi mladinski delavci pa sodelujejo v fokusnih skupinah.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'medsektorsko-a2-t1', 1, 4, 'lokalnih dogodkov', 'lokalni dogodki za ozaveščanje o prekomerni rabi alkohola med mladimi', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'medsektorsko-a3', 3, 'Oglaševanje mlad.si', 'januar – december', 1, 12,
     'Pridobivanje oglaševalcev za portal mlad.si.', null);

-- Projekt: Be a Hero
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'be-a-hero', 1, 'PROJECT', null, 'Be a Hero', null,
     'Skozi različne projektne aktivnosti aktivirati mladinske delavce ter jim ponuditi znanja in orodja za izvajanje aktivnosti s področja prometne varnosti v njihovem lokalnem okolju.',
     'Erasmus+', 'PARTNER');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'be-a-hero-g1', 1, 'GOAL', 'Opolnomočenje mladinskih organizacij in mladinskih delavcev za izvajanje učinkovitih aktivnosti za zmanjšanje števila voženj pod vplivom alkohola in rabe alkohola med mladimi.'),
    (@plan, @s, 'be-a-hero-g2', 2, 'GOAL', 'Ozaveščanje o škodljivih posledicah rabe alkohola in o prometni varnosti ter aktivacija z namenom spremembe vedenja.'),
    (@plan, @s, 'be-a-hero-g3', 3, 'GOAL', 'Izvedba mednarodnega treninga za razumevanje v Sloveniji.'),
    (@plan, @s, 'be-a-hero-k1', 1, 'INDICATOR', 'Razvita metodologija s konkretnimi usmeritvami in pristopi za mladinske delavce, ki bodo posebej prilagojeni za delo z mladimi na področju prometne varnosti.'),
    (@plan, @s, 'be-a-hero-k2', 2, 'INDICATOR', 'Definirani kriteriji za učinkovito delovanje organizacij iz mladinskega sektorja na področju ozaveščanja o prometni varnosti in promocije zdravega načina življenja med mladimi.'),
    (@plan, @s, 'be-a-hero-k3', 3, 'INDICATOR', 'Prenos projektnega koncepta Heroji furajo v pižamah v partnerske organizacije.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'be-a-hero-a1', 1, 'Multiplikacijski dogodek v Sloveniji', 'januar – december', 1, 12,
     'Po dogovoru – izveden multiplikacijski dogodek s 30 udeleženci.',
     'Mladinski delavci članic se udeležijo multiplikacijskega dogodka.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'be-a-hero-a1-t1', 1, 30, 'udeležencev', 'udeleženci multiplikacijskega dogodka', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'be-a-hero-a2', 2, 'Evalvacijsko srečanje', 'januar – december', 1, 12,
     'Po dogovoru – izvedeno evalvacijsko srečanje.', null);

-- Projekt: EU YOU
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'eu-you', 2, 'PROJECT', null, 'EU YOU (EU and YOUth: EU Citizens and Local Democracy)', null,
     'Ozaveščanje neorganizirane mladine o pravicah in možnostih znotraj EU, o političnih pravicah, medkulturnem dialogu in možnostih demokratične udeležbe.',
     'JUST, REC', 'APPLICANT');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'eu-you-g1', 1, 'GOAL', 'Izvedba dvodnevnega treninga z mladinskimi delavci v mladinskih centrih.'),
    (@plan, @s, 'eu-you-g2', 2, 'GOAL', 'Priprava priročnika za organizacijo 4 dogodkov, prilagojenih njihovim potrebam, in organizacijo dogodka.'),
    (@plan, @s, 'eu-you-g3', 3, 'GOAL', 'Krepitev zmogljivosti 25 lokalnih strokovnjakov in mladinskih delavcev iz 10 regijsko razpršenih mladinskih centrov v Sloveniji.'),
    (@plan, @s, 'eu-you-g4', 4, 'GOAL', 'Organizacija 40 dogodkov, 4 na mladinski center.'),
    (@plan, @s, 'eu-you-g5', 5, 'GOAL', 'Izvajanje komunikacijskih podpornih aktivnosti, izdelava spletne strani.'),
    (@plan, @s, 'eu-you-k1', 1, 'INDICATOR', 'Oblikovanje priročnika za organizacijo ozaveščevalnih dogodkov na temo političnih pravic, medkulturnega dialoga in možnosti demokratične udeležbe.'),
    (@plan, @s, 'eu-you-k2', 2, 'INDICATOR', 'Usposabljanje za mladinske delavce za delo z neorganizirano mladino na temo političnih pravic, medkulturnega dialoga, aktivnega državljanstva in demokratične udeležbe.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'eu-you-a1', 1, 'Zaključno srečanje', 'marec', 3, 3,
     'Izvedba zaključnega partnerskega sestanka.', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'eu-you-a2', 2, 'Gradnja mednarodnih partnerstev NVO organizacij', 'januar – marec', 1, 3,
     'Gradnja mednarodnega partnerstva 30 evropskih NVO organizacij za prenos pilota.', null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'eu-you-a2-t1', 1, 30, 'nevladnih organizacij', 'evropske nevladne organizacije v partnerstvu za prenos pilota', null);

-- =====================================================================================================================
-- Zastopanje, dialog in participacija
-- =====================================================================================================================

-- 6. Področje zastopanja -----------------------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'zastopanje', 6, 'AREA', 'Zastopanje, dialog in participacija', 'Področje zastopanja',
     'Cilj 3.1. v Strategiji – Okrepljeno zagovarjanje interesov Mreže MaMa in mladinskih centrov do različnih deležnikov\nCilj 2.6. v Strategiji – Ureditev statusa poklica mladinskega delavca in profesionalizacija mladinskega dela\nCilj 3.4. v Strategiji – Krepitev statusa mladinskih centrov do URSM',
     'Zastopanje interesov mladinskih centrov na regionalni, nacionalni in mednarodni ravni.',
     null, null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'zastopanje-g1', 1, 'GOAL', 'Izvedba skrbniških sestankov pri vsaj polovici članic, kratka analiza vsebine odgovorov in umestitev predlogov v LDN 2020 in druge ustrezne dokumente.'),
    (@plan, @s, 'zastopanje-g2', 2, 'GOAL', 'Delovanje organov Mreže MaMa (Klub MaMa, Svet MaMa, direktor, Strokovni svet, sekcije oziroma delovne skupine).'),
    (@plan, @s, 'zastopanje-g3', 3, 'GOAL', 'Vzpostavitev in vodenje delovne skupine za zastopanje in zagovorništvo.'),
    (@plan, @s, 'zastopanje-g4', 4, 'GOAL', 'Umeščanje mladinskih centrov v strateške dokumente na nacionalni ravni:\na. izvedbeni načrt nacionalnega programa za mladino,\nb. ukrepi Jamstva za mlade,\nc. ukrepi aktivne politike zaposlovanja,\nd. izvedbeni načrt OP (operativnega programa) za naslednjo finančno perspektivo,\ne. pametna specializacija,\nf. strategija razvoja turizma,\ng. drugi strateški dokumenti (Strategija NVO, Strategija razvoja Slovenije).'),
    (@plan, @s, 'zastopanje-g5', 5, 'GOAL', 'Sodelovanje s Svetom Vlade RS za mladino (izkazano preko sestankov, srečanj in skupnih projektov) in umeščanje tem o mladinskih centrih na agendo Sveta Vlade RS za mladino.'),
    (@plan, @s, 'zastopanje-g6', 6, 'GOAL', 'Vzdrževanje sodelovanja s sorodnimi nacionalnimi mladinskimi organizacijami (MSS, Mladi Plus, Zavod Ypsilon, Mladinski ceh, ŠOS, DOS …).'),
    (@plan, @s, 'zastopanje-g7', 7, 'GOAL', 'Sodelovanje z relevantnimi deležniki izven sektorja: Urad Vlade RS za komuniciranje, Predstavništvo Evropske komisije v Sloveniji, Informacijska pisarna Evropskega parlamenta v Sloveniji, srednje šole, fakultete in druge višješolske ustanove, Zavod RS za zaposlovanje.'),
    (@plan, @s, 'zastopanje-g8', 8, 'GOAL', 'Medsektorsko povezovanje z deležniki iz javnega in zasebnega sektorja ter formalnim izobraževanjem z namenom vzpostavljanja dolgotrajnih partnerstev na različnih področjih.'),
    (@plan, @s, 'zastopanje-g9', 9, 'GOAL', 'Strateško načrtovanje Mreže MaMa in mladinskih centrov in priprava strategije Mreže MaMa 2021–2030.'),
    (@plan, @s, 'zastopanje-g10', 10, 'GOAL', 'Sodelovanje z lokalnimi skupnostmi in mladinskimi centri.'),
    (@plan, @s, 'zastopanje-k1', 1, 'INDICATOR', 'Stabilen skrbniški sistem (izvedba in analiza) za dolgoročno izvajanje skrbniških aktivnosti, skozi katere merimo zadovoljstvo, razvoj in potrebe članic v Mreži MaMa.'),
    (@plan, @s, 'zastopanje-k2', 2, 'INDICATOR', 'Umestitev mladinskih centrov v dokumente nacionalnega pomena (OP, Jamstvo za mlade).'),
    (@plan, @s, 'zastopanje-k3', 3, 'INDICATOR', 'Sodelovanje in povezovanje s sorodnimi organizacijami.'),
    (@plan, @s, 'zastopanje-k4', 4, 'INDICATOR', 'Sodelovanje in povezovanje z Zavodom RS za zaposlovanje, ministrstvi, institucijami formalnega izobraževanja (srednje šole, visoke šole in fakultete), drugimi nacionalnimi agencijami, uradi, zvezami in društvi ter zasebnim sektorjem, ki pokrivajo interese članic (poudarek na področjih: izobraževanje, sociala, kultura, turizem, zdravstvo, gospodarstvo).'),
    (@plan, @s, 'zastopanje-k5', 5, 'INDICATOR', 'Ohranitev statusa prostovoljske organizacije.'),
    (@plan, @s, 'zastopanje-k6', 6, 'INDICATOR', 'Izdelan načrt dela delovne skupine in izvajanje aktivnosti po načrtu delovne skupine.'),
    (@plan, @s, 'zastopanje-k7', 7, 'INDICATOR', 'Izdelan osnutek Strategije Mreže MaMa in mladinskih centrov 2021–2030.');

-- Delovanje Mreže MaMa
insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a1', 1, 'Izvedba dvodnevnega ali enodnevnega Kluba MaMa z Zborom', 'marec/april', 3, 4,
     'Zbor Kluba MaMa (Letno poročilo 2020, sprejetje LDN za 2021).\nTematski del: Izzivi mladinskega sektorja in prilagajanje na družbene spremembe.\nPredstavitev rezultatov raziskave in izvedba fokusne skupine.\nUdeležba vsaj 30 članic.',
     'Vse članice so vabljene; udeležbo potrdi direktor centra.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a1-t1', 1, 30, 'članic', 'članice, udeležene na Klubu MaMa z Zborom', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a2', 2, 'Izvedba enodnevnega ali dvodnevnega vsebinskega Kluba MaMa', 'november', 11, 11,
     'Izveden vsebinski Klub MaMa. Predstavitev in izmenjava dobrih praks mladinskih centrov.\nIzvedba aktualnega usposabljanja za članice.\nObravnava aktualne teme na predlog članic Mreže MaMa.\nUdeležba vsaj 30 članic.',
     'Vse članice so vabljene; udeležbo potrdi direktor centra. Članice lahko predlagajo aktualno temo.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a2-t1', 1, 30, 'članic', 'članice, udeležene na vsebinskem Klubu MaMa', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a3', 3, 'Skrbništvo članic', 'marec – november', 3, 11,
     'Redno komuniciranje s članicami (svetovanje, kontakti, medsebojno informiranje, posodobitev evidence članstva …).\nIzvedba skrbniških sestankov na terenu ali on-line pri vsaj 50 % članic.\nAnaliza vsebine in priprava predlogov za izvedbo LDN 2022 in za potrebe, izražene na področju raziskovanja.',
     'Skrbnik se s centrom dogovori za termin obiska.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a3-t1', 1, 50, '%', 'članic, obiskanih na skrbniškem sestanku', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a4', 4, 'Seje Sveta MaMa', 'februar – september ali oktober', 2, 10,
     'Sprejem dokumentov Mreže MaMa, zaključnega poročila 2021, LDN 2022.\nIzvedba dveh sej.\nSpremljanje delovanja Mreže MaMa, sprotno odzivanje in pregled realiziranih zastavljenih ciljev iz LDN in strategije.',
     null),
    (@plan, @s, 'zastopanje-a5', 5, 'Seje Strokovnega sveta MaMa', 'januar – december', 1, 12,
     'Izvedba najmanj ene seje – podajanje strokovnega mnenja o delovanju Mreže MaMa.',
     null),
    (@plan, @s, 'zastopanje-a6', 6, 'Strateško načrtovanje razvoja Mreže MaMa', 'marec – oktober', 3, 10,
     'Priprava nove strategije Mreže MaMa in mladinskih centrov 2021–2030.\nDelavnice za pripravo nove strategije Mreže MaMa in mladinskih centrov.',
     'Članice sodelujejo na delavnicah za pripravo nove strategije.'),
    (@plan, @s, 'zastopanje-a7', 7, 'Prostovoljska organizacija', 'januar – december', 1, 12,
     'Priprava poročila o prostovoljstvu za 2019.\nIzvajanje svetovanja za članice na področju prostovoljstva.',
     'Članice se za svetovanje na področju prostovoljstva obrnejo na Mrežo MaMa.'),
    (@plan, @s, 'zastopanje-a8', 8, 'Skupnostni projekti Mreže MaMa', 'marec – december', 3, 12,
     'Vsebinsko oblikovanje in definiranje skupnostnih projektov Mreže MaMa, ki jih koordinira Mreža MaMa, izvaja pa jih več mladinskih centrov (npr. Rock vizije, Fotopomlad, predsedovanje Svetu EU).',
     'Mladinski centri se vključijo kot izvajalci skupnostnih projektov.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a9', 9, 'Mreža mladinskih delavcev', 'januar – december', 1, 12,
     'Vzpostavitev mreže mladinskih delavcev in priprava načrta usposabljanj za mladinske delavce ter priprava strateškega dokumenta za ohranitev mreže mladinskih delavcev po zaključku projekta.',
     'Članice v mrežo vključijo svoje mladinske delavce.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a9-t1', 1, 120, 'mladinskih delavcev', 'aktivni mladinski delavci v evidencah članic', 'people.activeStaff');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a10', 10, 'Ureditev statusa rednega financiranja Mreže MaMa – vsebinske mreže', 'januar – december', 1, 12,
     'Prizadevanje za pridobitev naziva organizacija posebnega pomena na podlagi javno-zasebnega partnerstva, z namenom izvajanja dolgoročnih programov, rednega financiranja Mreže MaMa in krepitve članic.',
     null),
    (@plan, @s, 'zastopanje-a11', 11, 'Ohranitev standarda kakovosti za NVO', 'januar – marec', 1, 3,
     'Vzdrževanje sistema delovanja NVO pri ohranjanju Certifikata standarda kakovosti ter letna notranja in zunanja presoja izvajanja kvalitete procesov dela.',
     null),
    (@plan, @s, 'zastopanje-a12', 12, 'Priročnik za zastopanje mladinskih centrov v lokalni skupnosti', 'januar – december', 1, 12,
     'Posvetovanja z mladinskimi delavci in priprava priročnika za zastopanje mladinskih centrov v lokalni skupnosti.',
     'Mladinski delavci članic sodelujejo na posvetovanjih za pripravo priročnika.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a13', 13, 'Krepitev Mreže MaMa kot NVO.', 'januar – december', 1, 12,
     'Pregled dokumentov.\nPostavitev vizije delovanja Mreže MaMa kot NVO za področje mladine.',
     null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a13-t1', 1, 40, 'članic', 'članice mreže', 'centre.members');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a14', 14, 'Skupni posveti z mladinskimi centri glede na odziv v navezavi z epidemijo koronavirusa', 'januar – december', 1, 12,
     'Izvedba 4 posvetov na teme, povezane z epidemijo koronavirusa.\nPriprava skupnega dokumenta Vodenje in upravljanje mladinskega centra v času epidemije ter izvajanje mladinskega dela.',
     'Članice se udeležijo posvetov in prispevajo izkušnje za skupni dokument.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a14-t1', 1, 4, 'posvetov', 'posveti z mladinskimi centri na teme, povezane z epidemijo koronavirusa', null);

-- Odnosi z deležniki, strateški dokumenti in zakonodaja
insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a15', 15, 'Zakon o javnem interesu v mladinskem sektorju (ZJIMS)', 'januar – december', 1, 12,
     'Spremljanje implementacije Zakona o javnem interesu v mladinskem sektorju in sodelovanje pri morebitnih spremembah.',
     null),
    (@plan, @s, 'zastopanje-a16', 16, 'Sodelovanje s Svetom Vlade RS za mladino', 'januar – december', 1, 12,
     'Sodelovanje s Svetom Vlade RS za mladino in umeščanje tem mladinskih centrov na agendo.',
     null),
    (@plan, @s, 'zastopanje-a17', 17, 'Sodelovanje z URSM', 'januar – december', 1, 12,
     'Zastopanje interesov mladinskih centrov do Urada RS za mladino (URSM) in države.\nVključitev v predsedovanje 2021 s pripravo dokumenta o državljanskih prostorih in participaciji (prispevek k 9. cilju mladinskega dialoga) ter priprava zaključkov 8. cikla mladinskega dialoga.\nPriprava predlogov za kakovost mladinskega dela, priprava kataloga sodelovanja mladinskih centrov s šolami.\nPriprava podatkov mladinskih centrov za nov OP in ESS projekte.',
     null),
    (@plan, @s, 'zastopanje-a18', 18, 'Umeščanje mladinskih centrov v strateške dokumente na nacionalni ravni', 'januar – december', 1, 12,
     'Umeščanje mladinskih centrov v Nacionalni program za mladino, ukrepe aktivne politike zaposlovanja in ukrepe Jamstva za mlade.',
     null),
    (@plan, @s, 'zastopanje-a19', 19, 'Zastopanje interesov članic Mreže MaMa do Združenja SAZAS, IPF, ZAMP', 'januar – december', 1, 12,
     'Sledenje izvajanju Skupnega sporazuma z Združenjem SAZAS in sprotna polletna evalvacija. Po potrebi ustanovitev delovne skupine za oblikovanje sporazuma.\nNadaljevanje sodelovanja z IPF.\nRealizacija sodelovanja z ZAMP.',
     null),
    (@plan, @s, 'zastopanje-a20', 20, 'Sodelovanje s ključnimi akterji in deležniki v mladinskem sektorju', 'januar – december', 1, 12,
     'Priprava načrta komuniciranja in sodelovanja z deležniki.\nSodelovanje s partnerskimi organizacijami pri spremljanju programa Jamstva za mlade, NPK in NPM ter drugih relevantnih vsebinah: MSS, ŠOS, Sindikat Mladi Plus, CNVOS, SOS, Zavod Ypsilon. Sodelovanje izkazano preko sestankov, srečanj in skupnih projektov.\nSodelovanje v skupni sektorski skupini koalicije Mladimo prihodnost ter zagovarjanje interesov mladinskih centrov in mladinskega sektorja v odnosu do odločevalcev (senzibilizacija odločevalcev o mladinskem sektorju).',
     null),
    (@plan, @s, 'zastopanje-a21', 21, 'Sledenje izvajanju Resolucije Nacionalnega programa za mladino', 'januar – december', 1, 12,
     'Redno spremljanje in sodelovanje pri izvajanju resolucije in evalvacija učinkov resolucije v sklopu posveta v mladinskem sektorju.\nSpremljanje izvajanja Resolucije Nacionalnega programa za mladino 2013–2022 in oblikovanje mnenja o izvajanju Resolucije Nacionalnega programa za mladino v letih 2017–2019.',
     null),
    (@plan, @s, 'zastopanje-a22', 22, 'Uresničevanje nacionalnih in mednarodnih dokumentov in resolucij v mladinskih centrih', null, null, null,
     'Strategija EU za mlade 2019–2027.\nEvropska listina o lokalnem mladinskem delu.\nEvropska agenda o mladinskem delu – Zaključna deklaracija o izvajanju Evropske agende 3. mladinske konvencije o mladinskem delu.',
     null),
    (@plan, @s, 'zastopanje-a23', 23, 'Mladinsko delo in poklic mladinski delavec/delavka in NPK mladinski delavec/delavka', 'januar – december', 1, 12,
     'Spremljanje postopkov za ureditev kolektivne panožne pogodbe in morebitne spremembe za ureditev poklica mladinski delavec/delavka.\nPromocija NPK mladinski delavec/delavka.\nDelovanje sklada za NPK, z začetnim poudarkom na sofinanciranju NPK mladinskim delavcem, ki so ob podpori mladinskega centra pridobili NPK.',
     'Članice za svoje mladinske delavce, ki so ob podpori centra pridobili NPK, zaprosijo za sofinanciranje iz sklada za NPK.'),
    (@plan, @s, 'zastopanje-a24', 24, 'Nove finančne spodbude na URSM in sodelovanje z URSM', 'januar – december', 1, 12,
     'Sodelovati z URSM pri oblikovanju priložnosti za nove razpise za mladinske centre in mladinske organizacije.\nIzboljšanje delovanja Javnega poziva na področju beleženja udeležencev in finančnega poročanja.\nPriprava dokumentov za URSM o kakovosti mladinskega dela v mladinskih centrih.',
     null),
    (@plan, @s, 'zastopanje-a25', 25, 'Formalno in neformalno izobraževanje', 'januar – december', 1, 12,
     'Priprava trajnostnega modela sodelovanja mladinskih centrov in izobraževalnih institucij pri Uradu RS za mladino in Uradu za razvoj izobraževanja.\nDiseminacija kataloga dobrih praks med mladinskimi centri in šolami – povezovanje formalno in neformalno pridobljenega znanja.',
     null),
    (@plan, @s, 'zastopanje-a26', 26, 'Europe Goes Local', 'januar – december', 1, 12,
     'Sodelovanje v delovni skupini za razvoj mladinskega dela v lokalni skupnosti.\nSodelovanje v posvetovalni skupini s strani zavoda MOVIT.\nIzvedba študijskih obiskov Občina na obisku v mladinskih centrih.\nSodelovanje pri izvedbi Intercity konference.\nDiseminacija Charterja o spodbujanju mladinskega dela v lokalni skupnosti.\nSodelovanje v odboru občin za Logbook.',
     'Mladinski centri gostijo študijske obiske Občina na obisku.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a27', 27, 'Sodelovanje z relevantnimi deležniki v in izven sektorja', 'januar – december', 1, 12,
     'Pripravljen načrt sodelovanja z odločevalci (januar) in strokovnimi deležniki ter izvajanje načrta in po potrebi dopolnjevanje načrta.\nSodelovanje v projektu Brez vez[e] do službe v organizaciji Mladinskega ceha. Izvedba usposabljanj za brezposelne mlade.\nZastopanje interesov mladinskih centrov in Mreže MaMa do različnih deležnikov izven sektorja: Kabinet predsednika Vlade RS, UKOM, PEK, IPEP, MOVIT, Inštitut za politični menedžment, Državni zbor RS.\nSodelovanje z resornimi ministrstvi: MDDSZ, MGRT, MJU, MOP.\nPredstavitev aktivnosti Mreže MaMa relevantnim deležnikom in snovanje skupnih aktivnosti (sodelovanje z UKOM pri predsedovanju Svetu EU 2021).\nSodelovanje z Uradom Vlade RS za komuniciranje pri informiranju mladih o pomenu predsedovanja. Izvedba 4 regijskih dogodkov za ozaveščanje mladih o pomenu predsedovanja.',
     'Mladinski centri gostijo regijske dogodke o pomenu predsedovanja Svetu EU.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'zastopanje-a27-t1', 1, 4, 'regijskih dogodkov', 'regijski dogodki za ozaveščanje mladih o pomenu predsedovanja Svetu EU', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'zastopanje-a28', 28, 'Vzpostavitev sistema za spremljanje zakonodajnega procesa in relevantnih tem, povezanih z mladinskimi centri in mladinskim delom', 'januar – marec', 1, 3,
     'Seznam vseh zakonov in dokumentov, povezanih z mladinskimi centri. Spremljanje: Zakon o javnem interesu v mladinskem sektorju, Zakon o prostovoljstvu, Zakon o NVO, Zakon o javnih zavodih, interventni zakon, Zakon o kolektivnih pogodbah, Zakon o organizaciji prireditev, Zakon o medijih …',
     null),
    (@plan, @s, 'zastopanje-a29', 29, 'Zakon o mladinskih centrih', 'januar – december', 1, 12,
     'Priprava načrta za pripravo zakona o mladinskih centrih za umeščanje mladinskih centrov in urejanje financiranja Mreže MaMa za strokovno izvajanje podpore mladinskemu delu in mladinskim centrom.\nPriprava zakonodajnih postopkov in strategije za sprejem zakona o mladinskih centrih. Vsebinska priprava in pisanje zakona o mladinskih centrih.\nPosvetovanja z mladinskimi centri o smiselnosti zakonske podlage.',
     'Članice sodelujejo na posvetovanjih o smiselnosti zakonske podlage.'),
    (@plan, @s, 'zastopanje-a30', 30, 'Sodelovanje v delovni skupini za mladinski dialog', 'januar – december', 1, 12,
     'Prispevek k implementaciji zaključkov 8. cikla mladinskega dialoga.',
     null),
    (@plan, @s, 'zastopanje-a31', 31, 'Delovanje delovne skupine: zastopanje in zagovorništvo', 'januar – december', 1, 12,
     'Januar – priprava izhodišč za delovanje delovnih skupin s strani Mreže MaMa.\nFebruar – sestanek in srečanje delovne skupine: priprava načrta zagovorniških aktivnosti Mreže MaMa in mladinskih centrov ter določitev vodje delovne skupine.\nMarec–oktober – spremljanje izvedbe načrta ter poročanje.\nApril in oktober – izvedba aktivnosti glede na načrt.\nNovember – beleženje rezultatov delovanja delovne skupine.',
     'Predstavniki članic se vključijo v delovno skupino.');

-- 7. Področje mladinskega dialoga --------------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'dialog', 7, 'AREA', 'Zastopanje, dialog in participacija', 'Področje mladinskega dialoga',
     'Cilj 3.2. v Strategiji – Okrepitev aktivne participacije mladinskih delavcev za ustvarjanje dialoga z različnimi deležniki in odločevalci\nCilj 3.3. v Strategiji – Izdelava učnih priročnikov za izvajanje procesov dialogov z odločevalci',
     'Mladinski dialog je instrument, ki spodbuja mlade k aktivni participaciji in sodelovanju z odločevalci, zato bomo v področje mladinskega dialoga vključili mladinske centre in mladinske delavce ter jih usposobili za izvajanje procesa mladinskega dialoga na lokalni ravni.',
     null, null);
set @s = last_insert_id();
set @area = @s;

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'dialog-g1', 1, 'GOAL', 'Izvesti ciklus mladinskega dialoga med članicami Mreže MaMa in širše.'),
    (@plan, @s, 'dialog-g2', 2, 'GOAL', 'Izvedba 6 posvetov v obliki delavnic aktivnega državljanstva v različnih regijah Slovenije.'),
    (@plan, @s, 'dialog-g3', 3, 'GOAL', 'Nacionalni posvet oziroma konferenca z nacionalnimi/evropskimi odločevalci na temo prihodnosti mladih, kjer bo prisotnih vsaj 70 mladih iz celotne Slovenije.'),
    (@plan, @s, 'dialog-g4', 4, 'GOAL', 'Evalvacijsko srečanje z vsaj 50 udeleženci projekta.'),
    (@plan, @s, 'dialog-g5', 5, 'GOAL', 'Promocijska kampanja aktivne participacije mladih, projekta in rezultatov.'),
    (@plan, @s, 'dialog-g6', 6, 'GOAL', 'Oblikovanje priročnika za aktivno državljanstvo in spoznavanje procesov aktivnega vključevanja na vseh ravneh odločanja.'),
    (@plan, @s, 'dialog-g7', 7, 'GOAL', 'Vsaj 5 sistemskih pobud mladih, ki jih pošljemo nacionalnim in EU odločevalcem.'),
    (@plan, @s, 'dialog-k1', 1, 'INDICATOR', 'Informirani mladi o aktivnem državljanstvu in njihovih možnostih za vključevanje v družbo.'),
    (@plan, @s, 'dialog-k2', 2, 'INDICATOR', 'Izveden nacionalni posvet mladih in predstavnikov nacionalnih in EU odločevalcev.'),
    (@plan, @s, 'dialog-k3', 3, 'INDICATOR', 'Razvitih vsaj 5 sistemskih pobud mladih, ki so predstavljene najvišjim odločevalcem.'),
    (@plan, @s, 'dialog-k4', 4, 'INDICATOR', 'Odziv odločevalcev na sistemske pobude mladih.');

-- Projekt: Mladokracija – Mladi za demokracijo
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'mladokracija', 1, 'PROJECT', null, 'Mladokracija – Mladi za demokracijo', null,
     'Mlade seznaniti z delovanjem procesov odločanja na vseh ravneh aktivnega delovanja družbe ter jih aktivno vključiti v dialoge z odločevalci, s katerimi bodo skupaj razmišljali o svoji prihodnosti.',
     'Erasmus+ – mladinski dialog', 'APPLICANT');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'mladokracija-g1', 1, 'GOAL', 'Predstavitev projekta in ciljev mladinskega dialoga vključenim akterjem in deležnikom.'),
    (@plan, @s, 'mladokracija-g2', 2, 'GOAL', 'Informirati mladinske delavce in udeležence/mlade za vodenje procesa mladinskega dialoga in promovirati aktivno državljanstvo ter udeležbo mladih v družbenem življenju na podlagi vnaprej pripravljenega komunikacijskega načrta.'),
    (@plan, @s, 'mladokracija-g3', 3, 'GOAL', 'Senzibilizacija strokovnjakov in odločevalcev o temah in pomenu mladinskega dialoga.'),
    (@plan, @s, 'mladokracija-g4', 4, 'GOAL', 'Priprava delovnega gradiva za mlade s predstavitvijo ključnih odločevalskih institucij in procesov.'),
    (@plan, @s, 'mladokracija-g5', 5, 'GOAL', 'Organizacija in izvedba 6 regijskih posvetov z delavnicami ter organizacija in izvedba nacionalne konference.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mladokracija-a1', 1, 'Regijski posveti z delavnico aktivnega državljanstva', 'februar – april', 2, 4,
     'Izvedba delavnice aktivnega državljanstva in regijskega posvetovanja med mladimi in odločevalci v 4 mladinskih centrih.',
     'Mladinski centri gostijo regijski posvet in nanj povabijo mlade iz svoje regije.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'mladokracija-a1-t1', 1, 6, 'regijskih posvetov', 'regijski posveti z delavnico aktivnega državljanstva', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mladokracija-a2', 2, 'Nacionalna konferenca mladinskega dialoga', 'junij', 6, 6,
     'Zaključna nacionalna konferenca in predstavitev ukrepov, ki so jih mladi oblikovali na regijskih posvetih. Vključenih vsaj 100 mladih.\nDialog s predsednikom Vlade RS.',
     'Članice na konferenco povabijo mlade, ki so sodelovali na regijskih posvetih.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'mladokracija-a2-t1', 1, 100, 'mladih', 'mladi, udeleženi na nacionalni konferenci', null),
    (@plan, @a, 'mladokracija-a2-t2', 2, 5, 'sistemskih pobud', 'sistemske pobude mladih, predstavljene nacionalnim in EU odločevalcem', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'mladokracija-a3', 3, 'Zaključno evalvacijsko srečanje', 'september', 9, 9,
     'Izvedeno evalvacijsko srečanje z 10 udeleženci.', null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'mladokracija-a3-t1', 1, 10, 'udeležencev', 'udeleženci zaključnega evalvacijskega srečanja', null);

-- Projekt: rEUral Europe
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'reural-europe', 2, 'PROJECT', null, 'rEUral Europe', null,
     'Spodbujanje in promocija Evropskega parlamenta v ruralnih okoljih ter predstavitev, kako odločitve, ki jih Evropski parlament sprejme, močno vplivajo na življenje državljanov in, še pomembneje, da so legitimne, ker so rezultat popolnoma demokratičnega procesa.',
     'Evropski parlament', 'PARTNER');
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'reural-europe-g1', 1, 'GOAL', 'Z različnimi aktivnostmi ozaveščati o strukturi, delovanju in vplivu Evropske unije in Evropskega parlamenta.'),
    (@plan, @s, 'reural-europe-g2', 2, 'GOAL', 'Razvoj virov za zbiranje pobud za doseganje ciljev od spodaj navzgor in pobud za mobilizacijo državljanov.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'reural-europe-a1', 1, 'Pripravljalni sestanek z vključenimi mladinskimi centri', 'marec', 3, 3,
     'Izveden pripravljalni sestanek z 10 vključenimi mladinskimi centri.',
     'Vključeni mladinski centri se udeležijo pripravljalnega sestanka.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'reural-europe-a1-t1', 1, 10, 'mladinskih centrov', 'mladinski centri, vključeni v projekt', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'reural-europe-a2', 2, 'Video vlog z evropskimi poslanci', 'marec', 3, 3,
     'Priprava načrta za snemanje 8 video vlogov z evropskimi poslanci.', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'reural-europe-a3', 3, 'Informacijska stojnica', 'april – december', 4, 12,
     'Izvedba 10 lokalnih dogodkov s predstavitvijo projekta na informacijski stojnici s 50 udeleženci.',
     'Vključeni mladinski centri v svojem kraju pripravijo lokalni dogodek z informacijsko stojnico.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'reural-europe-a3-t1', 1, 10, 'lokalnih dogodkov', 'lokalni dogodki s predstavitvijo projekta na informacijski stojnici', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'reural-europe-a4', 4, 'Pogovor z evropskimi poslanci', 'april – december', 4, 12,
     'Izvedba 10 spletnih pogovorov z evropskimi poslanci s 50 udeleženci.', null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'reural-europe-a4-t1', 1, 10, 'spletnih pogovorov', 'spletni pogovori z evropskimi poslanci', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'reural-europe-a5', 5, 'Solidarnostni dogodek', 'april – december', 4, 12,
     'Izvedba 10 solidarnostnih akcij s 50 udeleženci.',
     'Vključeni mladinski centri izvedejo solidarnostno akcijo v svojem okolju.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'reural-europe-a5-t1', 1, 10, 'solidarnostnih akcij', 'izvedene solidarnostne akcije', null);

-- =====================================================================================================================
-- Informiranje, prepoznavnost in vidnost v javnosti
-- =====================================================================================================================

-- 8. Informiranje članic --------------------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'informiranje', 8, 'AREA', 'Informiranje, prepoznavnost in vidnost v javnosti', 'Informiranje članic',
     'Cilj 4.1. v Strategiji – Izvedba skupnih promocijskih akcij mladinskih centrov\nCilj 4.2. v Strategiji – Povečanje informiranja o aktualnih temah in projektih',
     'S strateškim informiranjem in komuniciranjem zagotavljamo obveščanje in pretok informacij znotraj Mreže MaMa, pri čemer skrbimo za večjo informiranost, promocijo in pripadnost članic mreži, hkrati pa negujemo odnose s ključnimi javnostmi in deležniki Mreže MaMa.',
     null, null);
set @s = last_insert_id();

insert into plan_statement (plan_id, section_id, item_key, position, kind, text) values
    (@plan, @s, 'informiranje-g1', 1, 'GOAL', 'Priprava komunikacijskih načrtov za leto 2021 s članicami na skupni delavnici: korporativno komuniciranje (zastopanje), podpora mladinskim projektom, mednarodno mladinsko delo in razvoj mladinskega dela ter interno komuniciranje.'),
    (@plan, @s, 'informiranje-g2', 2, 'GOAL', 'Komunikacijska podpora skupnim aktivnostim Mreže MaMa.'),
    (@plan, @s, 'informiranje-g3', 3, 'GOAL', 'Uporaba priporočil iz komunikacijske presoje in umeščanje v program delovanja Mreže MaMa.'),
    (@plan, @s, 'informiranje-g4', 4, 'GOAL', 'Promocija aktivnosti Mreže MaMa in mladinskega dela.'),
    (@plan, @s, 'informiranje-g5', 5, 'GOAL', 'Vzpostavitev in vodenje delovne skupine za promocijo in informiranje.'),
    (@plan, @s, 'informiranje-k1', 1, 'INDICATOR', 'Izvajanje načrtov pozitivnih medijskih objav za večanje prepoznavnosti mladinskih centrov (vsaj 1 objava mesečno v nacionalnem mediju na temo rednih ali projektnih aktivnosti iz letnega delovnega načrta).'),
    (@plan, @s, 'informiranje-k2', 2, 'INDICATOR', 'Priprava in izvedba skupne promocijske akcije mladinskih centrov s poudarkom na promociji mladinskega dela.'),
    (@plan, @s, 'informiranje-k3', 3, 'INDICATOR', 'Zagotavljanje servisne podpore mladinskim centrom pri informiranju in komuniciranju.'),
    (@plan, @s, 'informiranje-k4', 4, 'INDICATOR', 'Izdelan načrt dela delovne skupine in izvajanje aktivnosti po načrtu delovne skupine.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a1', 1, 'Priprava komunikacijskega načrta', 'marec – april', 3, 4,
     'Izvedba komunikacijske delavnice za pripravo komunikacijskih načrtov za skupno komunikacijsko kampanjo aktivnega državljanstva.\nIzvajanje komunikacijske podpore projektom Mreže MaMa (priprava komunikacijskih načrtov za dogodke v okviru različnih projektnih aktivnosti).',
     'Članice se udeležijo skupne komunikacijske delavnice.'),
    (@plan, @s, 'informiranje-a2', 2, 'Načrt sodelovanja z deležniki', 'januar – februar', 1, 2,
     'Priprava načrta deležnikov in odločevalcev za ustvarjanje odnosov in realizacijo ciljev.\nSodelovanje z MSS in URSM pri kampanji za promocijo mladinskega dela.',
     null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a3', 3, 'Priprava in objava e-publikacij', 'januar – december', 1, 12,
     'Vsaj 12 številk publikacije eMaMa, ki vključujejo aktivnosti Mreže MaMa in se navezujejo na članstvo.\n4 tematske e-publikacije, ki se navezujejo na projekte in na teme mladinskih centrov, mladinskega in nevladnega sektorja, mladinskega dela in mladinskih delavcev (glej pod projektne aktivnosti).\nDiseminacija izdanih publikacij znotraj projektov (Youth workers academy, Socialno vključevanje v mladinskih centrih, MLADIM).\nZaključna e-publikacija Mreže MaMa.',
     null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'informiranje-a3-t1', 1, 12, 'številk', 'izdane številke publikacije eMaMa', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a4', 4, 'www.mreza-mama.si in socialna omrežja (FB profil Mreža MaMa in ESE, Twitter profil Mreža MaMa, Instagram profil Mreže MaMa)', 'januar – december', 1, 12,
     'Redno ažuriranje in vzdrževanje spletne strani Mreže MaMa o projektih in relevantnih informacijah za članice.\nRedne objave na družbenih omrežjih (FB, Instagram, Twitter), vsaj 2- do 3-krat tedensko.\nNačrt pojavljanja v družbenih omrežjih za večjo prepoznavnost mladinskega dela, mladinskih centrov in mednarodnega mladinskega dela. Osvežitev strukture spletne strani Mreže MaMa.\nIzdelava 12 infografik za družbena omrežja.',
     null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'informiranje-a4-t1', 1, 12, 'infografik', 'infografike, izdelane za družbena omrežja', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a5', 5, 'Tedenske novice Mreže MaMa', 'januar – december', 1, 12,
     'Priprava tedenskih novic za članice Mreže MaMa, v katerih jih informiramo o pomembnih dogodkih, projektih in temah mladinskega dela.',
     null),
    (@plan, @s, 'informiranje-a6', 6, 'Aplikacija Mreže MaMa (MLADIM) in njenih članic', 'januar – december', 1, 12,
     'Promocija aplikacije in spodbujanje članic k uporabi.\nPrenos aplikacije v uporabo skupini mladih v lokalnem okolju.',
     'Članice uporabljajo aplikacijo MLADIM in jo predstavijo mladim v svojem okolju.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a7', 7, 'Promocija MCH-jev glede na zaznane izzive', 'januar – december', 1, 12,
     'Informiranje deležnikov o nastanitvenih kapacitetah in prenos informacij o uporabi kapacitet za organizacijo večdnevnih programov.\nUmeščanje 90 % večdnevnih aktivnosti Mreže MaMa v kapacitete mladinskih centrov.\nPodpora mladinskim centrom hostlom ob morebitnih izzivih z lokalno skupnostjo ali državo.',
     'Mladinski centri s hostli sporočijo svoje nastanitvene kapacitete in se ob izzivih z lokalno skupnostjo ali državo obrnejo na Mrežo MaMa.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'informiranje-a7-t1', 1, 90, '%', 'večdnevnih aktivnosti Mreže MaMa, izvedenih v kapacitetah mladinskih centrov', null);

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a8', 8, 'Servisna vloga informiranja in komuniciranja', 'januar – december', 1, 12,
     'Zagotavljanje servisne podpore mladinskim centrom pri informiranju in komuniciranju.\nIzvajanje informiranja in komuniciranja ter svetovanje pri komunikacijski podpori mladinskim centrom in mladinskim delavcem pri izvedbi projektov.',
     'Članice se za komunikacijsko podporo pri izvedbi projektov obrnejo na Mrežo MaMa.'),
    (@plan, @s, 'informiranje-a9', 9, 'Mlad.si', 'januar – junij/december', 1, 12,
     'Izvajanje uredniške in servisne funkcije portala mlad.si v obliki javnega naročila ter upravljanje FB, Twitter in Instagram profila mlad.si.\nRazširitev dejavnosti mlad.si na pridobivanje novih poslovnih partnerjev za razvoj portala.',
     null),
    (@plan, @s, 'informiranje-a10', 10, 'Komunikacija rezultatov in učinkov delovanja mladinskih centrov', 'januar – december', 1, 12,
     'Zbiranje rezultatov mladinskih centrov, ki so zanimivi za javnost.\nKontinuirano in periodično objavljanje infografik za promocijo mladinskih centrov.',
     'Članice posredujejo rezultate svojega dela, ki so zanimivi za javnost.');

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'informiranje-a11', 11, 'Delovanje delovne skupine: informiranje in komuniciranje ter promocija mladinskega dela in mladinskih centrov', 'januar – december', 1, 12,
     'Redno srečevanje delovne skupine (3-krat letno) na podlagi pripravljenih načrtov, spremljanje izvedenih aktivnosti glede na načrt, beleženje rezultatov delovanja delovne skupine.',
     'Predstavniki članic se vključijo v delovno skupino.');
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'informiranje-a11-t1', 1, 3, 'srečanj', 'srečanja delovne skupine', null);

-- =====================================================================================================================
-- Povzetek projektnih aktivnosti: project applications planned for 2021 (the confirmed projects are above)
-- =====================================================================================================================

-- 9. Načrtovane projektne prijave ------------------------------------------------------------------------------
insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, null, 'projektne-prijave', 9, 'AREA', 'Povzetek projektnih aktivnosti', 'Načrtovane projektne prijave', null,
     'Projektne aktivnosti Mreže MaMa so projekti, ki trajajo določeno obdobje, a so del programa zagovorništva in razvoja mladinskega dela. Gre za projekte s trajnostnimi učinki, ki jih izvajamo skupaj s članicami in s katerimi skupaj prispevamo k razvoju mladinskega sektorja.\nV letu 2021 načrtujemo vsaj 2 lastni prijavi in vsaj 2 partnerski prijavi v program Erasmus+.',
     null, null);
set @s = last_insert_id();
set @area = @s;

insert into plan_activity (plan_id, section_id, item_key, position, title, period_label, month_from, month_to, description, participation) values
    (@plan, @s, 'projektne-prijave-a1', 1, 'Prijave v program Erasmus+', null, null, null,
     'Vsaj 2 lastni prijavi in vsaj 2 partnerski prijavi v program Erasmus+.', null);
set @a = last_insert_id();
insert into plan_target (plan_id, activity_id, item_key, position, target_value, unit, counted, measure) values
    (@plan, @a, 'projektne-prijave-a1-t1', 1, 2, 'lastnih prijav', 'lastne prijave v program Erasmus+', null),
    (@plan, @a, 'projektne-prijave-a1-t2', 2, 2, 'partnerskih prijav', 'partnerske prijave v program Erasmus+', null);

insert into plan_section (plan_id, parent_id, item_key, position, kind, chapter, title, strategy_goals, purpose, funding, network_role) values
    (@plan, @area, 'prijava-unlocking-youth-potential', 1, 'PROJECT', null, 'Unlocking youth potential', null, null, 'Norveški mehanizem', 'APPLICANT'),
    (@plan, @area, 'prijava-mobilnost-mladinskih-delavcev', 2, 'PROJECT', null, 'Mobilnost mladinskih delavcev', null, null, 'Erasmus+', 'APPLICANT'),
    (@plan, @area, 'prijava-mladinski-dialog-predsedovanje', 3, 'PROJECT', null, 'Mladinski dialog – tema predsedovanje', null, null, 'Erasmus+', 'APPLICANT'),
    (@plan, @area, 'prijava-new-generation', 4, 'PROJECT', null, 'NEW GENERATION', null, null, 'Erasmus+', 'APPLICANT'),
    (@plan, @area, 'prijava-mobilnost-uciteljev', 5, 'PROJECT', null, 'Mobilnost in usposabljanje učiteljev – povezovanje formalnega in neformalnega sektorja', null, null, 'Erasmus+ izobraževanje', 'APPLICANT');

-- =====================================================================================================================
-- Progress entered by the office (fictional mid-year picture); the latest row of a target counts
-- =====================================================================================================================
insert into plan_actual (plan_year, target_key, actual, measured_on, evidence, recorded_by) values
    (2021, 'reural-europe-a1-t1', 10, '2021-03-25', 'Zapisnik pripravljalnega sestanka z vključenimi mladinskimi centri, 25. 3. 2021', 'office.admin'),
    (2021, 'zastopanje-a1-t1', 32, '2021-04-08', 'Lista prisotnosti Zbora Kluba MaMa, 8. 4. 2021', 'office.admin'),
    (2021, 'mladokracija-a1-t1', 4, '2021-04-30', 'Zapisniki regijskih posvetov; dva posveta prestavljena zaradi epidemije, 30. 4. 2021', 'office.admin'),
    (2021, 'usposabljanje-a1-t1', 1, '2021-05-12', 'Poročilo o izvedbi usposabljanja, 12. 5. 2021', 'office.admin'),
    (2021, 'mladokracija-a2-t1', 112, '2021-06-18', 'Lista prisotnosti nacionalne konference mladinskega dialoga, 18. 6. 2021', 'office.admin'),
    (2021, 'usposabljanje-a1-t1', 2, '2021-06-30', 'Poročilo o izvedbi usposabljanja, 24. 6. 2021', 'office.admin'),
    (2021, 'usposabljanje-a1-t2', 37, '2021-06-30', 'Evidenca udeležencev usposabljanj, stanje 30. 6. 2021', 'office.admin'),
    (2021, 'zastopanje-a3-t1', 28, '2021-06-30', 'Zapisniki skrbniških sestankov, stanje 30. 6. 2021', 'office.admin'),
    (2021, 'informiranje-a3-t1', 6, '2021-06-30', 'Arhiv številk eMaMa, januar–junij 2021', 'office.admin'),
    (2021, 'informiranje-a4-t1', 4, '2021-06-30', 'Objave na profilih Facebook in Instagram, stanje 30. 6. 2021', 'office.admin'),
    (2021, 'medsektorsko-a2-t1', 2, '2021-06-30', 'Poročili o lokalnih dogodkih Heroji furajo v pižamah, 30. 6. 2021', 'office.admin'),
    (2021, 'zastopanje-a27-t1', 1, '2021-07-15', 'Poročilo o regijskem dogodku ob začetku predsedovanja Svetu EU, 15. 7. 2021', 'office.admin');
