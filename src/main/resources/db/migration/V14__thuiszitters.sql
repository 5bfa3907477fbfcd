-- Thuiszitters (Leerplichtwet; Thuiszitterspact 2016): a shared register of children out of school
-- or about to be, with the plan for each and the escalation at three months without a fitting offer.
-- The municipality of the pupil's home is kept on the case: its leerplichtambtenaar sees the case.

create table thuiszitter (
    id              bigserial primary key,
    swv_code        varchar(6) not null references samenwerkingsverband (code),
    leerling_id     bigint not null references leerling (id),
    vestiging_id    bigint references vestiging (id),  -- none: absoluut verzuim, the child is not enrolled
    gemeente_id     bigint references gemeente (id),
    soort           varchar(40) not null check (soort in ('ABSOLUUT_VERZUIM', 'LANGDURIG_RELATIEF_VERZUIM', 'DREIGEND',
                        'VRIJSTELLING_5A', 'VRIJSTELLING_5B', 'VRIJSTELLING_5C', 'VRIJSTELLING_5A_TREKKEND', 'VRIJSTELLING_11', 'VRIJSTELLING_15')),
    reden           varchar(40) not null,
    sinds           date not null,
    gemeld_op       date not null,
    gemeld_door     varchar(200) not null,
    status          varchar(12) not null check (status in ('OPEN', 'OPGELOST')),
    opgelost_op     date,
    oplossing       varchar(2000),
    geescaleerd_op  date,
    versie          integer not null default 0,
    check (sinds <= gemeld_op),
    check ((status = 'OPGELOST') = (opgelost_op is not null))
);

create index thuiszitter_open on thuiszitter (swv_code, sinds) where status = 'OPEN';
create index thuiszitter_leerling on thuiszitter (leerling_id);
create index thuiszitter_vestiging on thuiszitter (vestiging_id);
create index thuiszitter_gemeente on thuiszitter (gemeente_id);

create table thuiszitter_plan (
    thuiszitter_id      bigint not null references thuiszitter (id) on delete cascade,
    volgnummer          integer not null,
    aanbod              varchar(2000) not null,
    uitvoerder          varchar(200) not null,
    volgende_evaluatie  date,
    vastgelegd_op       date not null,
    vastgelegd_door     varchar(200) not null,
    primary key (thuiszitter_id, volgnummer)
);
