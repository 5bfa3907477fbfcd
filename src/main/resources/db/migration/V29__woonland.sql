-- A pupil may live abroad (WEC 40 lid 11 and 13 onder b: then the SWV of the school applied to
-- decides a TLV): the country instead of a postcode, exactly one of the two.
alter table leerling add column woonland varchar(60);
alter table leerling alter column postcode drop not null;
alter table leerling add constraint leerling_woonadres check ((postcode is null) <> (woonland is null));
