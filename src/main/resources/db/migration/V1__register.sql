-- Register: samenwerkingsverbanden, gemeenten, postcode areas and schools.

create table samenwerkingsverband (
    code          varchar(6) primary key check (code ~ '^(PO|VO)[0-9]{4}$'),
    sector        varchar(2) not null check (sector in ('PO', 'VO')),
    naam          text,
    email         text,
    telefoon      text,
    website       text,
    straat        text,
    postcode      varchar(6),
    plaats        text,
    directeur     text,
    -- set when a newer division no longer lists the code; the SWV and its history stay
    opgeheven_op  date,
    versie        integer not null default 0,
    check (substr(code, 1, 2) = sector)
);

create table gemeente (
    id              bigserial primary key,
    naam            text not null,
    ontstaan_op     date,
    opgeheven_op    date,
    opgevolgd_door  bigint references gemeente (id)
);
-- Only one living municipality per name; ended ones keep their name for history.
create unique index gemeente_naam_actief on gemeente (naam) where opgeheven_op is null;

create table postcodegebied (
    postcode4     char(4) primary key check (postcode4 ~ '^[1-9][0-9]{3}$'),
    gemeente_id   bigint not null references gemeente (id),
    swv_po        varchar(6) references samenwerkingsverband (code),
    swv_vo        varchar(6) references samenwerkingsverband (code),
    -- why an area has no SWV, e.g. 'Europoort' (port area without residents)
    bijzonderheid text
);
create index postcodegebied_swv_po on postcodegebied (swv_po);
create index postcodegebied_swv_vo on postcodegebied (swv_vo);
create index postcodegebied_gemeente on postcodegebied (gemeente_id);

create table herindeling (
    id               bigserial primary key,
    soort            varchar(13) not null check (soort in ('NAAMWIJZIGING', 'SAMENVOEGING')),
    ingangsdatum     date not null,
    oude_gemeenten   text[] not null,
    nieuwe_gemeente  text not null,
    uitgevoerd_door  text not null,
    uitgevoerd_op    timestamptz not null default now()
);

create table regio_indeling_import (
    id              bigserial primary key,
    bestandsnaam    text not null,
    ingelezen_door  text not null,
    ingelezen_op    timestamptz not null default now(),
    regels          integer not null,
    swv_po          integer not null,
    swv_vo          integer not null,
    gemeenten       integer not null,
    meldingen       text[] not null
);

create table schoolbestuur (
    bevoegd_gezag_nummer  varchar(5) primary key check (bevoegd_gezag_nummer ~ '^[0-9]{5}$'),
    naam                  text
);

create table school (
    brin                  char(4) primary key check (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    bevoegd_gezag_nummer  varchar(5) not null references schoolbestuur (bevoegd_gezag_nummer)
);

create table vestiging (
    id                bigserial primary key,
    brin              char(4) not null references school (brin),
    vestigingsnummer  char(2) not null check (vestigingsnummer ~ '^[0-9]{2}$'),
    naam              text not null,
    straat            text not null,
    huisnummer        text not null,
    postcode          varchar(6) not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    plaats            text not null,
    soort             varchar(3) not null check (soort in ('BO', 'SBO', 'SO', 'VSO', 'VO', 'PRO')),
    cluster           smallint check (cluster in (3, 4)),
    niveaus           text[] not null default '{}',
    swv_code          varchar(6) not null references samenwerkingsverband (code),
    versie            integer not null default 0,
    unique (brin, vestigingsnummer),
    check ((soort in ('SO', 'VSO')) = (cluster is not null))
);
create index vestiging_swv on vestiging (swv_code);
create index vestiging_postcode4 on vestiging (substr(postcode, 1, 4));
