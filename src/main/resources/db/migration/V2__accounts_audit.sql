-- Accounts with their scope (platform, one SWV, one school site or one municipality) and the audit log.

create table gebruiker (
    id                 bigserial primary key,
    gebruikersnaam     text not null unique,
    naam               text not null,
    email              text,
    wachtwoord_hash    text,
    -- subject of an external identity provider (SURFconext/Entree) once OIDC login is added
    externe_id         text unique,
    rollen             text[] not null check (cardinality(rollen) > 0),
    swv_code           varchar(6) references samenwerkingsverband (code),
    vestiging_id       bigint references vestiging (id),
    gemeente_id        bigint references gemeente (id),
    actief             boolean not null default true,
    mislukte_pogingen  integer not null default 0,
    geblokkeerd_tot    timestamptz,
    aangemaakt_op      timestamptz not null default now(),
    -- a school user belongs to the SWV of its school site; a municipality user to no SWV
    check (vestiging_id is null or swv_code is not null),
    check (gemeente_id is null or (swv_code is null and vestiging_id is null))
);

create table auditregel (
    id              bigserial primary key,
    tijdstip        timestamptz not null default now(),
    gebruiker       text not null,
    rollen          text[] not null default '{}',
    swv_code        varchar(6),
    actie           varchar(10) not null check (actie in ('LEZEN', 'SCHRIJVEN', 'INLOGGEN', 'GEWEIGERD')),
    recordsoort     text not null,
    record_id       text,
    omschrijving    text,
    ip_adres        text
);
create index auditregel_swv_tijdstip on auditregel (swv_code, tijdstip desc);
create index auditregel_record on auditregel (recordsoort, record_id);

-- Append-only: no update, delete or truncate, whoever asks. In production the application's
-- database role should moreover hold only INSERT and SELECT on this table.
create function auditregel_is_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'het auditlog is onveranderlijk: % is niet toegestaan', tg_op;
end;
$$;
create trigger auditregel_geen_wijziging before update or delete on auditregel
    for each row execute function auditregel_is_onveranderlijk();
create trigger auditregel_geen_truncate before truncate on auditregel
    for each statement execute function auditregel_is_onveranderlijk();
