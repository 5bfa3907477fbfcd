-- Both parents can have an account for their child: a pupil has any number of parent accounts,
-- each linked by the school's invitation (or by the parent's own registration).
create table leerling_ouderaccount (
    leerling_id   bigint not null references leerling (id),
    gebruiker_id  bigint not null references gebruiker (id),
    gekoppeld_op  timestamptz not null default now(),
    primary key (leerling_id, gebruiker_id)
);
create index leerling_ouderaccount_gebruiker on leerling_ouderaccount (gebruiker_id);
insert into leerling_ouderaccount (leerling_id, gebruiker_id) select id, ouder_gebruiker_id from leerling where ouder_gebruiker_id is not null;

-- No longer written; dropped in the next release, so a node of the previous release keeps working
-- during a rolling upgrade (expand, then contract: docs/productie.md).
comment on column leerling.ouder_gebruiker_id is 'vervangen door leerling_ouderaccount; vervalt in de volgende versie';
