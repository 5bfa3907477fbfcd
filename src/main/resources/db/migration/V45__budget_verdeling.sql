-- The distribution of the SWV's money over its schools by a key of its own (ondersteuningsplan):
-- per-site pupil counts with an optional weight (e.g. CBS's schoolgewicht), and per year the amount
-- to distribute, a fixed base per school and whether the weights count.
create table budget_leerlingen_vestiging (
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    peiljaar      integer not null check (peiljaar between 2000 and 2100),
    vestiging_id  bigint not null references vestiging (id),
    aantal        integer not null check (aantal >= 0),
    gewicht       numeric(6, 3) not null default 1 check (gewicht >= 0),
    ingelezen_op  timestamptz not null,
    primary key (swv_code, peiljaar, vestiging_id)
);

create table budget_verdeelsleutel (
    swv_code         varchar(6) not null,
    jaar             varchar(9) not null,
    te_verdelen      numeric(14, 2) not null check (te_verdelen >= 0),
    vast_per_school  numeric(12, 2) not null check (vast_per_school >= 0),
    gewogen          boolean not null,
    gewijzigd_door   varchar(200) not null,
    gewijzigd_op     timestamptz not null,
    versie           integer not null default 0,
    primary key (swv_code, jaar),
    foreign key (swv_code, jaar) references budget_regeling (swv_code, jaar) on delete cascade
);
