-- Pupils: the minimum a registration needs (AVG data minimisation).
create table leerling (
    id                  bigserial primary key,
    swv_code            varchar(6) not null references samenwerkingsverband (code),
    voornaam            text not null,
    achternaam          text not null,
    geboortedatum       date not null,
    postcode            varchar(6) not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    ouder_gebruiker_id  bigint references gebruiker (id),
    aangemaakt_op       timestamptz not null default now()
);
create index leerling_swv on leerling (swv_code);
create index leerling_ouder on leerling (ouder_gebruiker_id);

-- The SWV's catalogue of support domains and the level every member must offer (basisondersteuning).
create table ondersteuningsdomein (
    id              bigserial primary key,
    swv_code        varchar(6) not null references samenwerkingsverband (code),
    code            varchar(40) not null check (code ~ '^[a-z0-9-]+$'),
    naam            text not null,
    vereist_niveau  varchar(5) not null check (vereist_niveau in ('GEEN', 'BASIS', 'EXTRA')),
    volgorde        integer not null,
    actief          boolean not null default true,
    unique (swv_code, code)
);

-- A school's support profile, one version per school year.
create table schoolondersteuningsprofiel (
    id                    bigserial primary key,
    swv_code              varchar(6) not null references samenwerkingsverband (code),
    vestiging_id          bigint not null references vestiging (id),
    schooljaar            smallint not null check (schooljaar between 2014 and 2100),
    vastgesteld_op        date not null,
    beschikbare_plaatsen  integer not null default 0 check (beschikbare_plaatsen >= 0),
    toelichting           text,
    versie                integer not null default 0,
    unique (vestiging_id, schooljaar)
);
create index sop_swv on schoolondersteuningsprofiel (swv_code, schooljaar);

create table sop_aanbod (
    sop_id          bigint not null references schoolondersteuningsprofiel (id) on delete cascade,
    domein_id       bigint not null references ondersteuningsdomein (id),
    niveau          varchar(5) not null check (niveau in ('GEEN', 'BASIS', 'EXTRA')),
    expertise       text,
    voorzieningen   text,
    capaciteit      text,
    primary key (sop_id, domein_id)
);

-- SWV policy for the zorgplicht terms.
create table zorgplicht_beleid (
    swv_code                     varchar(6) primary key references samenwerkingsverband (code),
    vakanties_schorten_termijn_op boolean not null default false
);
create table schoolvakantie (
    id        bigserial primary key,
    swv_code  varchar(6) not null references samenwerkingsverband (code),
    naam      text not null,
    van       date not null,
    tot_en_met date not null,
    check (tot_en_met >= van)
);

create table aanmelding (
    id                          bigserial primary key,
    swv_code                    varchar(6) not null references samenwerkingsverband (code),
    vestiging_id                bigint not null references vestiging (id),
    leerling_id                 bigint not null references leerling (id),
    datum_aanmelding            date not null,
    gewenste_startdatum         date not null,
    ondersteuningsbehoefte      boolean not null,
    status                      varchar(30) not null check (status in ('AANGEMELD', 'TOEGELATEN', 'TOEGELATEN_MET_ARRANGEMENT',
                                    'NIET_TOEGELATEN', 'GEPLAATST_ELDERS', 'INGETROKKEN', 'ZORGPLICHT_BEEINDIGD')),
    verlengd_op                 date,
    verlengingsreden            text,
    onderzoek                   text,
    besluit_op                  date,
    besluit_toelichting         text,
    geplaatst_vestiging_id      bigint references vestiging (id),
    geplaatst_op                date,
    geescaleerd_op              date,
    versie                      integer not null default 0
);
create index aanmelding_swv_status on aanmelding (swv_code, status);
create index aanmelding_vestiging on aanmelding (vestiging_id);

create table aanmelding_behoefte (
    aanmelding_id  bigint not null references aanmelding (id) on delete cascade,
    domein_id      bigint not null references ondersteuningsdomein (id),
    niveau         varchar(5) not null check (niveau in ('BASIS', 'EXTRA')),
    primary key (aanmelding_id, domein_id)
);

create table plaatsingspoging (
    id              bigserial primary key,
    aanmelding_id   bigint not null references aanmelding (id),
    vestiging_id    bigint not null references vestiging (id),
    volgnummer      integer not null,
    afstand_km      numeric(6, 1),
    voorgesteld_op  date not null,
    status          varchar(12) not null check (status in ('VOORGESTELD', 'GEACCEPTEERD', 'AFGEWEZEN')),
    reden           text,
    beantwoord_op   date,
    unique (aanmelding_id, volgnummer)
);
