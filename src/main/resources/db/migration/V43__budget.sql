-- The SWV's budget for extra support: the funding rules of a year as data (count date, amounts, SBO
-- threshold, each with its source), the pupil counts imported from DUO's open data, and the TLVs and
-- arrangement commitments as the aanvraag module announces them (its events, never its tables).

create table budget_regeling (
    swv_code             varchar(6) not null references samenwerkingsverband (code),
    jaar                 varchar(9) not null,
    teldatum             date not null,
    sbo_drempel_procent  numeric(5, 2) check (sbo_drempel_procent between 0 and 100),
    bron                 varchar(500) not null,
    gewijzigd_door       varchar(200) not null,
    gewijzigd_op         timestamptz not null,
    versie               integer not null default 0,
    primary key (swv_code, jaar)
);

create table budget_bedrag (
    swv_code  varchar(6) not null,
    jaar      varchar(9) not null,
    soort     varchar(40) not null,
    bedrag    numeric(12, 2) not null check (bedrag >= 0),
    primary key (swv_code, jaar, soort),
    foreign key (swv_code, jaar) references budget_regeling (swv_code, jaar) on delete cascade
);

create table budget_leerlingtelling (
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    peiljaar      integer not null check (peiljaar between 2000 and 2100),
    type_po       varchar(6) not null check (type_po in ('BO', 'SBO', 'SO')),
    aantal        integer not null check (aantal >= 0),
    ingelezen_op  timestamptz not null,
    primary key (swv_code, peiljaar, type_po)
);

-- one row per TLV (request), as its latest decision stands
create table budget_tlv (
    aanvraag_id         bigint primary key,
    swv_code            varchar(6) not null references samenwerkingsverband (code),
    leerling_id         bigint not null references leerling (id),
    vestiging_id        bigint not null,
    tlv_soort           varchar(6) not null,
    categorie           varchar(10),
    startdatum          date not null,
    einddatum           date,
    besluit_volgnummer  integer not null,
    ingetrokken         boolean not null
);
create index budget_tlv_swv_start on budget_tlv (swv_code, startdatum);
create index budget_tlv_leerling on budget_tlv (leerling_id);

-- one row per arrangement (request), as its latest decision stands
create table budget_verplichting (
    aanvraag_id         bigint primary key,
    swv_code            varchar(6) not null references samenwerkingsverband (code),
    vestiging_id        bigint not null,
    arrangementsoort_id bigint not null,
    bedrag              numeric(12, 2) not null check (bedrag >= 0),
    van                 date not null,
    tot_en_met          date,
    besluit_volgnummer  integer not null,
    wijziging           varchar(30) not null
);
create index budget_verplichting_swv_van on budget_verplichting (swv_code, van);
