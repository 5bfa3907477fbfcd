-- Requests of data subjects under the AVG (inzage, correctie, wissing, beperking, bezwaar) and what
-- was done with them: the SWV must answer within a month (art. 12 lid 3) and account for it.
create table avg_verzoek (
    id               bigserial primary key,
    swv_code         varchar(6) not null references samenwerkingsverband (code),
    soort            varchar(12) not null check (soort in ('INZAGE', 'CORRECTIE', 'WISSING', 'BEPERKING', 'BEZWAAR')),
    leerling_id      bigint references leerling (id),
    verzoeker        text not null check (char_length(verzoeker) <= 200),
    ontvangen_op     date not null,
    omschrijving     text not null check (char_length(omschrijving) <= 4000),
    verlengd_tot     date,
    verlengingsreden text check (char_length(verlengingsreden) <= 2000),
    uitkomst         varchar(16) check (uitkomst in ('TOEGEWEZEN', 'DEELS_TOEGEWEZEN', 'AFGEWEZEN')),
    toelichting      text check (char_length(toelichting) <= 4000),
    afgehandeld_op   date,
    afgehandeld_door text check (char_length(afgehandeld_door) <= 200),
    geregistreerd_door text not null check (char_length(geregistreerd_door) <= 200),
    versie           integer not null default 0
);
create index avg_verzoek_swv on avg_verzoek (swv_code, afgehandeld_op nulls first, ontvangen_op);
create index avg_verzoek_leerling on avg_verzoek (leerling_id);
