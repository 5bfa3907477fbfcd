-- A pupil who moves to another SWV gets a record there; it points to the record it came from,
-- so the school history continues while each SWV keeps only its own file of the pupil.
alter table leerling add column vorige_leerling_id bigint references leerling (id);
create index leerling_vorige on leerling (vorige_leerling_id);
