-- The pupil file grows for requests: current school, parents' contact details, a registration
-- number only where DUO needs one, and the history of schools.
alter table leerling add column vestiging_id bigint references vestiging (id);
alter table leerling add column persoonsnummer varchar(9) check (persoonsnummer ~ '^[0-9]{9}$');
alter table leerling add column persoonsnummer_soort varchar(15) check (persoonsnummer_soort in ('BSN', 'ONDERWIJSNUMMER'));

create table ouder_contact (
    id           bigserial primary key,
    leerling_id  bigint not null references leerling (id),
    naam         text not null,
    relatie      text not null,
    email        text,
    telefoon     text
);

create table leerling_schoolhistorie (
    id            bigserial primary key,
    leerling_id   bigint not null references leerling (id),
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    vestiging_id  bigint not null references vestiging (id),
    van           date not null,
    tot           date
);

-- The SWV's own catalogue of arrangements and its policy for requests.
create table arrangementsoort (
    id             bigserial primary key,
    swv_code       varchar(6) not null references samenwerkingsverband (code),
    naam           text not null,
    uurtarief      numeric(8, 2) not null check (uurtarief >= 0),
    actief         boolean not null default true,
    unique (swv_code, naam)
);

create table aanvraagbeleid (
    swv_code                 varchar(6) primary key references samenwerkingsverband (code),
    beslistermijn_weken      integer not null check (beslistermijn_weken between 1 and 26),
    aanvulling_dagen         integer not null check (aanvulling_dagen between 1 and 90),
    tlv_minimale_maanden     integer not null check (tlv_minimale_maanden between 1 and 120),
    tlv_herinnering_dagen    integer not null check (tlv_herinnering_dagen between 1 and 365)
);

create table commissievergadering (
    id        bigserial primary key,
    swv_code  varchar(6) not null references samenwerkingsverband (code),
    datum     date not null,
    notulen   text,
    versie    integer not null default 0
);

create table commissie_aanwezige (
    vergadering_id  bigint not null references commissievergadering (id),
    gebruiker_id    bigint not null references gebruiker (id),
    rol             text not null,
    primary key (vergadering_id, gebruiker_id)
);

create table aanvraag (
    id                        bigserial primary key,
    swv_code                  varchar(6) not null references samenwerkingsverband (code),
    vestiging_id              bigint not null references vestiging (id),
    leerling_id               bigint not null references leerling (id),
    soort                     varchar(12) not null check (soort in ('ARRANGEMENT', 'TLV_SBO', 'TLV_SO', 'TLV_VSO')),
    verlenging_van            bigint references aanvraag (id),
    status                    varchar(24) not null check (status in ('CONCEPT', 'INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD',
                                  'ADVIES', 'BESLOTEN', 'GEREGISTREERD_BIJ_DUO', 'ACTIEF', 'AFGELOPEN', 'INGETROKKEN')),
    vraag                     text,
    ondersteuningsbehoeften   text,
    wat_geprobeerd            text,
    opp_samenvatting          text,
    zienswijze_ouders         text,
    ouders_akkoord            boolean,
    arrangementsoort_id       bigint references arrangementsoort (id),
    coordinator_id            bigint references gebruiker (id),
    aanvulling_vraag          text,
    aanvulling_deadline       date,
    ingediend_op              date,
    vergadering_id            bigint references commissievergadering (id),
    versie                    integer not null default 0
);
create index aanvraag_swv_status on aanvraag (swv_code, status);
create index aanvraag_vestiging on aanvraag (vestiging_id);
create index aanvraag_leerling on aanvraag (leerling_id);

create table deskundigenadvies (
    aanvraag_id     bigint not null references aanvraag (id),
    volgnummer      smallint not null check (volgnummer in (1, 2)),
    deskundige_id   bigint not null references gebruiker (id),
    deskundigheid   varchar(24) not null,
    advies          varchar(10) not null check (advies in ('POSITIEF', 'NEGATIEF')),
    motivering      text not null,
    gegeven_op      date not null,
    primary key (aanvraag_id, volgnummer),
    unique (aanvraag_id, deskundige_id)
);

create table besluit (
    id                   bigserial primary key,
    aanvraag_id          bigint not null references aanvraag (id),
    volgnummer           integer not null,
    uitkomst             varchar(26) not null check (uitkomst in ('TOEGEKEND', 'AFGEWEZEN', 'TOEGEKEND_MET_AANPASSING')),
    motivering           text not null,
    besloten_op          date not null,
    besloten_door        text not null,
    aanleiding           text not null,
    arrangementsoort_id  bigint references arrangementsoort (id),
    uren                 numeric(8, 2),
    uurtarief            numeric(8, 2),
    bedrag               numeric(12, 2),
    tlv_soort            varchar(3) check (tlv_soort in ('SBO', 'SO', 'VSO')),
    categorie            varchar(6) check (categorie in ('LAAG', 'MIDDEN', 'HOOG')),
    bevoegd_swv          varchar(6) references samenwerkingsverband (code),
    startdatum           date,
    einddatum            date,
    unique (aanvraag_id, volgnummer)
);

create table bijlage (
    id             bigserial primary key,
    aanvraag_id    bigint not null references aanvraag (id),
    swv_code       varchar(6) not null references samenwerkingsverband (code),
    bestandsnaam   text not null,
    mediatype      text not null,
    grootte        integer not null,
    sha256         char(64) not null,
    inhoud         bytea not null,
    geupload_door  text not null,
    geupload_op    timestamptz not null default now()
);

create table bezwaar (
    id                     bigserial primary key,
    aanvraag_id            bigint not null references aanvraag (id),
    besluit_volgnummer     integer not null,
    ingediend_door         varchar(8) not null check (ingediend_door in ('OUDERS', 'SCHOOL')),
    ingediend_op           date not null,
    gronden                text not null,
    termijn_tot            date not null,
    lbt_gevraagd_op        date,
    lbt_advies             text,
    lbt_advies_op          date,
    beslissing             varchar(10) check (beslissing in ('GEGROND', 'ONGEGROND')),
    beslist_op             date,
    toelichting            text
);

create table duo_export (
    id            bigserial primary key,
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    geexporteerd_op timestamptz not null default now(),
    door          text not null,
    aantal        integer not null,
    inhoud        text not null
);

create table duo_export_besluit (
    export_id   bigint not null references duo_export (id),
    besluit_id  bigint not null references besluit (id),
    primary key (export_id, besluit_id)
);

-- One row per reminder: the unique key makes sending exactly-once across application nodes.
create table herinnering (
    aanvraag_id    bigint not null references aanvraag (id),
    soort          varchar(24) not null,
    peildatum      date not null,
    ontvanger      text not null,
    verstuurd_op   timestamptz,
    primary key (aanvraag_id, soort, peildatum)
);

-- The experts the coordinator asked for advice on a TLV: only they see and advise on it.
create table aanvraag_deskundige (
    aanvraag_id    bigint not null references aanvraag (id),
    deskundige_id  bigint not null references gebruiker (id),
    primary key (aanvraag_id, deskundige_id)
);
