-- The application works as its own role (${applicatierol}), not as the owner of the schema: it reads
-- and changes the data, it can add to the audit log and read it, and nothing more. It cannot alter
-- the schema, switch off the audit triggers, or change or delete an audit line. The migrations run
-- as the owner. The role must exist before this migration (the embedded database creates it; in
-- production the database administrator does, see the README).

revoke create on schema public from public;
grant usage on schema public to ${applicatierol};

grant select, insert, update, delete on all tables in schema public to ${applicatierol};
grant usage, select on all sequences in schema public to ${applicatierol};
alter default privileges in schema public grant select, insert, update, delete on tables to ${applicatierol};
alter default privileges in schema public grant usage, select on sequences to ${applicatierol};

-- the audit log: append and read only, on the table and on every monthly partition
revoke update, delete, truncate on auditregel from ${applicatierol};
do $$
declare
    partitie regclass;
begin
    for partitie in select inhrelid::regclass from pg_inherits where inhparent = 'auditregel'::regclass loop
        execute format('revoke update, delete, truncate on %s from ${applicatierol}', partitie);
    end loop;
end $$;

-- the monthly job makes next months' partitions as the owner, and leaves them append-only for the application
create or replace function auditregel_maak_partities(vanaf date, maanden integer) returns void
    language plpgsql security definer set search_path = public as $$
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
            execute format('revoke update, delete, truncate on %I from ${applicatierol}', naam);
        end if;
    end loop;
end;
$$;
revoke execute on function auditregel_maak_partities(date, integer) from public;
grant execute on function auditregel_maak_partities(date, integer) to ${applicatierol};
