-- Youth care sees a thuiszitter's case only with the parents' recorded consent: what is shared, with
-- whom (the youth care team of the pupil's municipality), until when; withdrawn consent stops the
-- sharing. The school's report of relatief verzuim to leerplicht or DUO (Lpw art. 21) is dated on
-- the case, so the SWV sees which thuiszitters were reported in time.

create table thuiszitter_toestemming (
    thuiszitter_id  bigint not null references thuiszitter (id) on delete cascade,
    volgnummer      integer not null,
    gemeente_id     bigint not null references gemeente (id),
    wat             varchar(500) not null,
    tot             date not null,
    gegeven_op      date not null,
    gegeven_door    varchar(200) not null,
    ingetrokken_op  date,
    primary key (thuiszitter_id, volgnummer),
    check (tot >= gegeven_op)
);
create index thuiszitter_toestemming_gemeente on thuiszitter_toestemming (gemeente_id);

alter table thuiszitter add column verzuim_gemeld_op date;
