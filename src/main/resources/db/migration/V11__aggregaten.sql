-- The parts of a request are keyed by the request and their sequence number, as they are named in
-- letters and exports ("PO2707-12-2"). Spring Data JDBC saves an aggregate by deleting and inserting
-- its parts in one transaction, so a reference to a decision is checked at commit, when the decision
-- is back.

alter table duo_export_besluit add column aanvraag_id bigint, add column besluit_volgnummer integer;
update duo_export_besluit d set aanvraag_id = b.aanvraag_id, besluit_volgnummer = b.volgnummer from besluit b where b.id = d.besluit_id;
alter table duo_export_besluit drop column besluit_id;
alter table duo_export_besluit alter column aanvraag_id set not null, alter column besluit_volgnummer set not null;
alter table duo_export_besluit add primary key (export_id, aanvraag_id, besluit_volgnummer);

alter table besluit drop column id;
alter table besluit drop constraint besluit_aanvraag_id_volgnummer_key, add primary key (aanvraag_id, volgnummer);
drop index besluit_aanvraag;

alter table duo_export_besluit add constraint duo_export_besluit_besluit foreign key (aanvraag_id, besluit_volgnummer)
    references besluit (aanvraag_id, volgnummer) deferrable initially deferred;
create index duo_export_besluit_besluit on duo_export_besluit (aanvraag_id, besluit_volgnummer);

alter table bezwaar add column volgnummer integer;
update bezwaar z set volgnummer = n.volgnummer
  from (select id, row_number() over (partition by aanvraag_id order by id) as volgnummer from bezwaar) n where n.id = z.id;
alter table bezwaar drop column id;
alter table bezwaar alter column volgnummer set not null;
alter table bezwaar add primary key (aanvraag_id, volgnummer);
drop index bezwaar_aanvraag;

-- An expert's advice is for or against, a yes/no like the domain's.
alter table deskundigenadvies add column positief boolean;
update deskundigenadvies set positief = (advies = 'POSITIEF');
alter table deskundigenadvies alter column positief set not null, drop column advies;

-- A proposal in the search for a place is likewise keyed by its registration and sequence number.
alter table plaatsingspoging drop column id;
alter table plaatsingspoging drop constraint plaatsingspoging_aanmelding_id_volgnummer_key, add primary key (aanmelding_id, volgnummer);
drop index plaatsingspoging_aanmelding;
