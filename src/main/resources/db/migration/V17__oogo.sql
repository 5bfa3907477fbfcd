-- Op overeenstemming gericht overleg (OOGO, WPO art. 18a lid 9; Jeugdwet art. 2.2): the SWV and its
-- municipalities agree on the ondersteuningsplan and the youth care plan. Each meeting is recorded
-- with its participants and agreements (owner, due date, follow-up), visible to both sides.

create table oogo_overleg (
    id            bigserial primary key,
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    datum         date not null,
    onderwerp     varchar(40) not null check (onderwerp in ('ONDERSTEUNINGSPLAN', 'JEUGDHULPPLAN', 'THUISZITTERS', 'ANDERS')),
    deelnemers    varchar(2000) not null,
    vastgelegd_door varchar(200) not null,
    versie        integer not null default 0
);
create index oogo_overleg_swv on oogo_overleg (swv_code, datum);

create table oogo_overleg_gemeente (
    oogo_overleg_id  bigint not null references oogo_overleg (id) on delete cascade,
    gemeente_id      bigint not null references gemeente (id),
    primary key (oogo_overleg_id, gemeente_id)
);
create index oogo_overleg_gemeente_gemeente on oogo_overleg_gemeente (gemeente_id);

create table oogo_afspraak (
    oogo_overleg_id  bigint not null references oogo_overleg (id) on delete cascade,
    volgnummer       integer not null,
    afspraak         varchar(2000) not null,
    eigenaar         varchar(200) not null,
    uiterlijk        date,
    status           varchar(12) not null check (status in ('OPEN', 'GEREED')),
    gereed_op        date,
    primary key (oogo_overleg_id, volgnummer)
);
