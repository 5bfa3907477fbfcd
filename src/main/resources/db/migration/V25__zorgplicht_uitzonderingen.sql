-- The zorgplicht's exceptions and edges (WPO 40, 63):
-- a registration before the third birthday has legal effect, and its terms run, from that birthday;
-- waiting for information the school asked for suspends the terms (the open request, and the days
-- the closed ones stood still); a refusal because the school is full or over the grondslag carries
-- no zorgplicht; a registration whose information never came is not handled.
alter table aanmelding add column geldt_vanaf date;
update aanmelding set geldt_vanaf = datum_aanmelding;
alter table aanmelding alter column geldt_vanaf set not null;
alter table aanmelding add constraint aanmelding_geldt_vanaf check (geldt_vanaf >= datum_aanmelding);

alter table aanmelding add column aanvulling_gevraagd_op date;
alter table aanmelding add column aanvulling_uiterlijk date;
alter table aanmelding add column aanvulling_omschrijving text check (char_length(aanvulling_omschrijving) <= 2000);
alter table aanmelding add column opgeschorte_dagen integer not null default 0 check (opgeschorte_dagen >= 0);
alter table aanmelding add constraint aanmelding_aanvulling check ((aanvulling_gevraagd_op is null) = (aanvulling_uiterlijk is null)
    and (aanvulling_gevraagd_op is null) = (aanvulling_omschrijving is null) and aanvulling_uiterlijk > aanvulling_gevraagd_op);

alter table aanmelding drop constraint aanmelding_status_check;
alter table aanmelding add constraint aanmelding_status_check check (status in ('AANGEMELD', 'TOEGELATEN', 'TOEGELATEN_MET_ARRANGEMENT',
    'NIET_TOEGELATEN', 'GEWEIGERD_VOL', 'GEWEIGERD_GRONDSLAG', 'NIET_IN_BEHANDELING', 'GEPLAATST_ELDERS', 'INGETROKKEN', 'ZORGPLICHT_BEEINDIGD'));
