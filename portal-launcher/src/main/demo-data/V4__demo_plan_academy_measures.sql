-- The academy now counts trainings held, participants and external experts itself: the 2021 plan's
-- academy targets take their actuals from it instead of figures typed by the office.
update plan_target set measure = 'academy.trainingsHeld' where item_key = 'usposabljanje-a1-t1';
update plan_target set measure = 'academy.participants' where item_key = 'usposabljanje-a1-t2';
update plan_target set measure = 'academy.externalExperts' where item_key = 'usposabljanje-a1-t3';
delete from plan_actual where plan_year = 2021 and target_key in ('usposabljanje-a1-t1', 'usposabljanje-a1-t2',
    'usposabljanje-a1-t3');
