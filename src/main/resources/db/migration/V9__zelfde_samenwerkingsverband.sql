-- A request and a registration belong to one SWV, and so do the pupil and the school they concern.
-- The pupil's SWV never changes (a pupil who moves to another SWV gets a record there, migration V5):
-- a composite foreign key holds this for ever. A school can move to another SWV when a new regional
-- division is imported, while its earlier requests stay with the SWV that took them: so the school
-- is checked when a request or registration is made.

alter table leerling add constraint leerling_swv_en_id unique (swv_code, id);

create index aanvraag_swv_leerling on aanvraag (swv_code, leerling_id);
alter table aanvraag add constraint aanvraag_leerling_van_hetzelfde_swv
    foreign key (swv_code, leerling_id) references leerling (swv_code, id);

create index aanmelding_swv_leerling on aanmelding (swv_code, leerling_id);
alter table aanmelding add constraint aanmelding_leerling_van_hetzelfde_swv
    foreign key (swv_code, leerling_id) references leerling (swv_code, id);

create function school_van_hetzelfde_swv() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from vestiging v where v.id = new.vestiging_id and v.swv_code = new.swv_code) then
        raise exception 'vestiging % hoort niet bij samenwerkingsverband %', new.vestiging_id, new.swv_code
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger aanvraag_school_van_hetzelfde_swv before insert on aanvraag
    for each row execute function school_van_hetzelfde_swv();
create trigger aanmelding_school_van_hetzelfde_swv before insert on aanmelding
    for each row execute function school_van_hetzelfde_swv();
