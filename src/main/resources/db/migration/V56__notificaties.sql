-- What each person has to know of (a new request, advice asked, a supplement due, a decision), in a
-- list of their own, and how they want to hear of it by e-mail.
create table notificatie (
    id            bigserial primary key,
    gebruiker_id  bigint not null references gebruiker (id),
    swv_code      varchar(6) references samenwerkingsverband (code),
    -- what the notification is about, so an event handled twice makes one notification
    sleutel       text not null check (char_length(sleutel) <= 200),
    onderwerp     text not null check (char_length(onderwerp) <= 200),
    tekst         text not null check (char_length(tekst) <= 2000),
    adres         text not null check (char_length(adres) <= 500),
    gemaakt_op    timestamptz not null default now(),
    gelezen_op    timestamptz,
    unique (gebruiker_id, sleutel)
);
create index notificatie_gebruiker on notificatie (gebruiker_id, id desc);
create index notificatie_ongelezen on notificatie (gebruiker_id) where gelezen_op is null;
create index notificatie_gemaakt on notificatie (gemaakt_op);
create index notificatie_swv on notificatie (swv_code);

create table notificatievoorkeur (
    gebruiker_id     bigint primary key references gebruiker (id),
    voorkeur         varchar(16) not null check (voorkeur in ('PER_NOTIFICATIE', 'DAGELIJKS', 'GEEN')),
    -- the daily overview covered the notifications made before this moment
    overzicht_tot    timestamptz
);

-- a request's mail not sent because every recipient chose to read it among their notifications
alter table bericht drop constraint bericht_status_check;
alter table bericht alter column status type varchar(20);
alter table bericht add constraint bericht_status_check check (status in ('IN_WACHTRIJ', 'VERZONDEN', 'MISLUKT', 'GEEN_ADRES', 'ALLEEN_NOTIFICATIE'));
