-- A form that creates something (a request, a registration, an attachment) carries a key made when
-- the page was shown. The first send claims it; a second send of the same form (a double click, the
-- browser sending again) finds it claimed and is led to what the first one made.
create table formulierinzending (
    sleutel        uuid primary key,
    gebruiker      text not null,
    doel           text,
    aangemaakt_op  timestamptz not null default now()
);
create index formulierinzending_aangemaakt on formulierinzending (aangemaakt_op);
