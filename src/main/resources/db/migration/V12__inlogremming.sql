-- Failed logins slow down the next try, per account name and per source address, for existing and
-- unknown names alike, instead of locking the account: anyone could lock anyone out by typing their
-- name, and only existing names answered "geblokkeerd".
create table inlogremming (
    sleutel    varchar(240) primary key,  -- 'naam:<name in lower case>' or 'bron:<address>'
    mislukt    integer not null,
    wacht_tot  timestamptz not null,
    laatste    timestamptz not null
);

alter table gebruiker drop column mislukte_pogingen, drop column geblokkeerd_tot;
