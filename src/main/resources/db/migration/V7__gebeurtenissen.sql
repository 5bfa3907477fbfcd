-- Durable events: Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc),
-- so an event whose listener did not finish (a mail server down, a crash) is resubmitted, never lost.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Every e-mail about a request, with what really happened to it: the request page shows it, and a
-- resubmitted event does not send a mail that already went.
create table bericht (
    id              bigserial primary key,
    aanvraag_id     bigint not null references aanvraag (id),
    sleutel         text not null,
    onderwerp       text not null,
    ontvangers      integer not null,
    status          varchar(12) not null check (status in ('IN_WACHTRIJ', 'VERZONDEN', 'MISLUKT', 'GEEN_ADRES')),
    pogingen        integer not null default 0,
    laatste_poging  timestamptz,
    fout            text,
    unique (aanvraag_id, sleutel)
);

-- A written advice carries the name of the expert who signed it, as the commission read it.
alter table deskundigenadvies add column deskundige_naam text;
update deskundigenadvies d set deskundige_naam = g.naam from gebruiker g where g.id = d.deskundige_id;
alter table deskundigenadvies alter column deskundige_naam set not null;
