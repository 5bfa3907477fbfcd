-- The SWV's contact persons at each municipality of its area (for OOGO, leerplicht and youth care).
create table gemeentecontact (
    id           bigserial primary key,
    swv_code     varchar(6) not null references samenwerkingsverband (code),
    gemeente_id  bigint not null references gemeente (id),
    naam         varchar(200) not null,
    functie      varchar(200) not null,
    email        varchar(200),
    telefoon     varchar(30)
);
create index gemeentecontact_swv on gemeentecontact (swv_code, gemeente_id);
create index gemeentecontact_gemeente on gemeentecontact (gemeente_id);
