-- Health data of a TLV request (the experts' advices, the attachments) is kept until three years after
-- the decision (WPO 18a lid 13). What the daily job removed is recorded here, without the content.
create table bewaartermijn_verwerking (
    aanvraag_id    bigint primary key references aanvraag (id),
    swv_code       varchar(6) not null references samenwerkingsverband (code),
    besluit_op     date not null,
    verwijderd_op  date not null,
    adviezen       integer not null,
    bijlagen       integer not null
);
create index bewaartermijn_verwerking_swv on bewaartermijn_verwerking (swv_code, verwijderd_op desc);

-- The job looks for decided TLV requests by decision date.
create index besluit_aanvraag_besloten on besluit (aanvraag_id, besloten_op);
