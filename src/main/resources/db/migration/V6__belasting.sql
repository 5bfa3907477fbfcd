-- Hold the load: an index for every foreign key and for the lists' filters, and the audit log
-- partitioned by month with indexes per way it is searched.

create index gemeente_opgevolgd_door on gemeente (opgevolgd_door);
create index school_bevoegd_gezag on school (bevoegd_gezag_nummer);
create index vestiging_brin on vestiging (brin);
create index gebruiker_swv on gebruiker (swv_code);
create index gebruiker_vestiging on gebruiker (vestiging_id);
create index gebruiker_gemeente on gebruiker (gemeente_id);
create index gebruiker_naam_lower on gebruiker (lower(gebruikersnaam));
create index leerling_vestiging on leerling (vestiging_id);
create index leerling_swv_naam on leerling (swv_code, lower(achternaam), lower(voornaam));
create index ondersteuningsdomein_swv on ondersteuningsdomein (swv_code);
create index sop_vestiging on schoolondersteuningsprofiel (vestiging_id);
create index sop_aanbod_sop on sop_aanbod (sop_id);
create index sop_aanbod_domein on sop_aanbod (domein_id);
create index schoolvakantie_swv on schoolvakantie (swv_code);
create index aanmelding_leerling on aanmelding (leerling_id);
create index aanmelding_geplaatst on aanmelding (geplaatst_vestiging_id);
-- the zorgplicht dashboard shows only open registrations: a small partial index serves it
create index aanmelding_open on aanmelding (swv_code, datum_aanmelding, id)
    where status in ('AANGEMELD', 'NIET_TOEGELATEN');
create index aanmelding_behoefte_aanmelding on aanmelding_behoefte (aanmelding_id);
create index aanmelding_behoefte_domein on aanmelding_behoefte (domein_id);
create index plaatsingspoging_aanmelding on plaatsingspoging (aanmelding_id);
create index plaatsingspoging_vestiging on plaatsingspoging (vestiging_id);
create index ouder_contact_leerling on ouder_contact (leerling_id);
create index schoolhistorie_leerling on leerling_schoolhistorie (leerling_id);
create index schoolhistorie_swv on leerling_schoolhistorie (swv_code);
create index schoolhistorie_vestiging on leerling_schoolhistorie (vestiging_id);
create index arrangementsoort_swv on arrangementsoort (swv_code);
create index commissievergadering_swv on commissievergadering (swv_code, datum);
create index commissie_aanwezige_vergadering on commissie_aanwezige (vergadering_id);
create index commissie_aanwezige_gebruiker on commissie_aanwezige (gebruiker_id);
-- the work queue pages newest first per SWV, per school and per meeting
create index aanvraag_swv_id on aanvraag (swv_code, id desc);
create index aanvraag_vestiging_id on aanvraag (vestiging_id, id desc);
create index aanvraag_verlenging_van on aanvraag (verlenging_van);
create index aanvraag_arrangementsoort on aanvraag (arrangementsoort_id);
create index aanvraag_coordinator on aanvraag (coordinator_id);
create index aanvraag_vergadering on aanvraag (vergadering_id);
-- the daily term job reads only requests that can still be due
create index aanvraag_lopend on aanvraag (id) where status not in ('CONCEPT', 'INGETROKKEN', 'AFGELOPEN');
create index deskundigenadvies_aanvraag on deskundigenadvies (aanvraag_id);
create index deskundigenadvies_deskundige on deskundigenadvies (deskundige_id);
create index besluit_aanvraag on besluit (aanvraag_id);
create index besluit_arrangementsoort on besluit (arrangementsoort_id);
create index besluit_bevoegd_swv on besluit (bevoegd_swv);
create index bijlage_aanvraag on bijlage (aanvraag_id);
create index bijlage_swv on bijlage (swv_code);
create index bezwaar_aanvraag on bezwaar (aanvraag_id);
create index duo_export_swv on duo_export (swv_code);
create index duo_export_besluit_export on duo_export_besluit (export_id);
create index duo_export_besluit_besluit on duo_export_besluit (besluit_id);
create index herinnering_aanvraag on herinnering (aanvraag_id);
create index aanvraag_deskundige_aanvraag on aanvraag_deskundige (aanvraag_id);
create index aanvraag_deskundige_deskundige on aanvraag_deskundige (deskundige_id, aanvraag_id);

-- The audit log grows with every read: partitioned by month, so a search reads only the months it
-- covers and old months can be archived whole. A list view is one line naming its records.
alter table auditregel rename to auditregel_tot_v6;
alter sequence auditregel_id_seq owned by none;
drop trigger auditregel_geen_wijziging on auditregel_tot_v6;
drop trigger auditregel_geen_truncate on auditregel_tot_v6;
drop index auditregel_swv_tijdstip;
drop index auditregel_record;

create table auditregel (
    id              bigint not null default nextval('auditregel_id_seq'),
    tijdstip        timestamptz not null default now(),
    gebruiker       text not null,
    rollen          text[] not null default '{}',
    swv_code        varchar(6),
    actie           varchar(10) not null check (actie in ('LEZEN', 'SCHRIJVEN', 'INLOGGEN', 'GEWEIGERD')),
    recordsoort     text not null,
    record_id       text,
    record_ids      text[],
    omschrijving    text,
    ip_adres        text,
    primary key (id, tijdstip)
) partition by range (tijdstip);
alter sequence auditregel_id_seq owned by auditregel.id;

-- rows outside every month partition still land somewhere: an insert never fails on a date
create table auditregel_overig partition of auditregel default;

create index auditregel_swv_tijdstip on auditregel (swv_code, tijdstip desc, id desc);
create index auditregel_swv_actie on auditregel (swv_code, actie, tijdstip desc);
create index auditregel_swv_gebruiker on auditregel (swv_code, lower(gebruiker), tijdstip desc);
create index auditregel_swv_record on auditregel (swv_code, recordsoort, record_id);
create index auditregel_record_ids on auditregel using gin (record_ids);

-- Creates the month partitions from the month of 'vanaf' for 'maanden' months, each append-only.
create function auditregel_maak_partities(vanaf date, maanden integer) returns void language plpgsql as $$
declare
    begin_maand date := date_trunc('month', vanaf)::date;
    naam text;
begin
    for i in 0 .. maanden - 1 loop
        naam := 'auditregel_' || to_char(begin_maand + make_interval(months => i), 'YYYY_MM');
        if to_regclass(naam) is null then
            execute format('create table %I partition of auditregel for values from (%L) to (%L)', naam,
                           begin_maand + make_interval(months => i), begin_maand + make_interval(months => i + 1));
            execute format('create trigger %I before truncate on %I for each statement execute function auditregel_is_onveranderlijk()',
                           naam || '_geen_truncate', naam);
        end if;
    end loop;
end;
$$;

select auditregel_maak_partities(coalesce((select min(tijdstip) from auditregel_tot_v6), now())::date,
       (extract(year from age(date_trunc('month', now() + interval '3 months'),
                              date_trunc('month', coalesce((select min(tijdstip) from auditregel_tot_v6), now())))) * 12
        + extract(month from age(date_trunc('month', now() + interval '3 months'),
                                 date_trunc('month', coalesce((select min(tijdstip) from auditregel_tot_v6), now())))))::integer + 1);

insert into auditregel (id, tijdstip, gebruiker, rollen, swv_code, actie, recordsoort, record_id, omschrijving, ip_adres)
select id, tijdstip, gebruiker, rollen, swv_code, actie, recordsoort, record_id, omschrijving, ip_adres from auditregel_tot_v6;
drop table auditregel_tot_v6;

create trigger auditregel_geen_wijziging before update or delete on auditregel
    for each row execute function auditregel_is_onveranderlijk();
create trigger auditregel_geen_truncate before truncate on auditregel
    for each statement execute function auditregel_is_onveranderlijk();
create trigger auditregel_overig_geen_truncate before truncate on auditregel_overig
    for each statement execute function auditregel_is_onveranderlijk();
