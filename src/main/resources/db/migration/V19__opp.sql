-- Ontwikkelingsperspectief (WPO 40a, WEC 40a-40b, WVO 26): one OPP per pupil per school site, in
-- versions. A version is drafted by the school, discussed with the parents (OOGO), and established;
-- its handelingsdeel needs the parents' consent (since 1-8-2017), given or refused in the portal.
-- Each version is evaluated with the parents; the next version starts from the evaluated one.

create table opp (
    id                  bigserial primary key,
    swv_code            varchar(6) not null references samenwerkingsverband (code),
    leerling_id         bigint not null references leerling (id),
    vestiging_id        bigint not null references vestiging (id),
    schoolsoort         varchar(4) not null check (schoolsoort in ('BO', 'SBO', 'SO', 'VSO', 'VO', 'PRO')),
    ingeschreven_op     date not null,   -- enrolment, or definitive placement after tijdelijke plaatsing: the 6 weeks start here
    na_tijdelijke_plaatsing boolean not null default false,
    aangemaakt_op       date not null,
    aangemaakt_door     varchar(200) not null,
    beeindigd_op        date,            -- the end of the OPP period, registered in BRON
    beeindigd_reden     varchar(500),
    termijn             date,            -- the next statutory term: 6 weeks after enrolment, then the yearly evaluation
    termijnsoort        varchar(12) check (termijnsoort in ('VASTSTELLEN', 'EVALUEREN')),
    te_laat_gemeld_op   date,            -- the daily job reports a missed term once: the day it did
    te_laat_termijn     date,            -- and which term that was
    versie              integer not null default 0
);
create unique index opp_een_per_leerling_per_school on opp (leerling_id, vestiging_id);
create index opp_vestiging on opp (vestiging_id);
create index opp_swv on opp (swv_code);
create index opp_termijn on opp (termijn) where beeindigd_op is null;

create table opp_versie (
    opp_id                  bigint not null references opp (id) on delete cascade,
    volgnummer              integer not null,
    status                  varchar(20) not null check (status in ('CONCEPT', 'WACHT_OP_INSTEMMING', 'VASTGESTELD')),
    gestart_op              date not null,
    gestart_door            varchar(200) not null,
    uitstroombestemming     varchar(30),
    onderbouwing            varchar(4000),
    belemmerende_factoren   varchar(4000),
    bevorderende_factoren   varchar(4000),
    afwijkingen             varchar(4000),
    visie_leerling          varchar(4000),
    advies_cvb              varchar(4000),
    oogo_op                 date,
    oogo_deelnemers         varchar(1000),
    oogo_afspraken          varchar(4000),
    zienswijze_ouders       varchar(4000),
    instemming              varchar(12) check (instemming in ('GEGEVEN', 'GEWEIGERD')),
    instemming_op           timestamp with time zone,
    instemming_door         varchar(200),
    instemming_ouder_id     bigint,
    instemming_toelichting  varchar(2000),
    vastgesteld_op          date,
    evaluatie_op            date,
    evaluatie_deelnemers    varchar(1000),
    evaluatie_conclusie     varchar(4000),
    evaluatie_advies_cvb    varchar(4000),
    primary key (opp_id, volgnummer),
    check ((status = 'VASTGESTELD') = (vastgesteld_op is not null)),
    check (status = 'CONCEPT' or oogo_op is not null)
);

create table opp_doel (
    opp_id          bigint not null references opp (id) on delete cascade,
    versie_nummer   integer not null,
    volgnummer      integer not null,
    domein          varchar(30) not null,
    beschrijving    varchar(2000) not null,
    niveau          varchar(200) not null,
    streefdatum     date not null,
    resultaat       varchar(12) check (resultaat in ('BEREIKT', 'DEELS', 'NIET')),
    toelichting     varchar(2000),
    primary key (opp_id, versie_nummer, volgnummer),
    foreign key (opp_id, versie_nummer) references opp_versie (opp_id, volgnummer) deferrable initially deferred
);
create index opp_doel_domein on opp_doel (domein);

create table opp_handeling (
    opp_id          bigint not null references opp (id) on delete cascade,
    versie_nummer   integer not null,
    volgnummer      integer not null,
    wat             varchar(2000) not null,
    wie             varchar(200) not null,
    hoe_vaak        varchar(200) not null,
    middelen        varchar(1000),
    arrangement     varchar(200),
    primary key (opp_id, versie_nummer, volgnummer),
    foreign key (opp_id, versie_nummer) references opp_versie (opp_id, volgnummer) deferrable initially deferred
);

-- The SWV sees a pupil's OPP only while it has a case for that pupil (a request, an arrangement, a
-- TLV): data minimisation. The aanvraag module records the case when a request is submitted and
-- when support is granted; the OPP module reads only this table.
create table opp_casus (
    swv_code        varchar(6) not null references samenwerkingsverband (code),
    leerling_id     bigint not null references leerling (id),
    aanleiding      varchar(60) not null,   -- e.g. "aanvraag 12"
    ondersteuning   varchar(20) not null check (ondersteuning in ('AANGEVRAAGD', 'ARRANGEMENT', 'TLV')),
    sinds           date not null,
    primary key (swv_code, leerling_id, aanleiding)
);
create index opp_casus_leerling on opp_casus (leerling_id);
