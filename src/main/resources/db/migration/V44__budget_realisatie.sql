-- What the SWV actually paid for its arrangements: invoices or hours the schools report, by the
-- kenmerk of the decision (beschikkingsnummer). An invoice number is read once per SWV.
create table budget_realisatie (
    id             bigint generated always as identity primary key,
    swv_code       varchar(6) not null references samenwerkingsverband (code),
    aanvraag_id    bigint not null references budget_verplichting (aanvraag_id),
    factuurnummer  varchar(100) not null,
    datum          date not null,
    bedrag         numeric(12, 2) not null check (bedrag >= 0),
    uren           numeric(8, 2) check (uren >= 0),
    omschrijving   varchar(500),
    ingelezen_door varchar(200) not null,
    ingelezen_op   timestamptz not null,
    unique (swv_code, factuurnummer)
);
create index budget_realisatie_swv_datum on budget_realisatie (swv_code, datum);
create index budget_realisatie_aanvraag on budget_realisatie (aanvraag_id);
