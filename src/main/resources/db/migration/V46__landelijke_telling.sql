-- The national pupil counts per kind of school, from DUO's national file when an SWV reads all of it:
-- the national figure beside an SWV's participation percentages (kengetallen).
create table budget_landelijke_telling (
    peiljaar      integer not null check (peiljaar between 2000 and 2100),
    type_po       varchar(6) not null check (type_po in ('BO', 'SBO', 'SO')),
    aantal        integer not null check (aantal >= 0),
    swvs          integer not null,
    ingelezen_op  timestamptz not null,
    primary key (peiljaar, type_po)
);
