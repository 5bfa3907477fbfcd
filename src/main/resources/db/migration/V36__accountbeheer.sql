-- Accounts an SWV manages itself: invitations and password resets by one-time links.

-- The version a change of roles or status was made on, so two administrators do not overwrite each other.
alter table gebruiker add column versie integer not null default 0;

-- A one-time link to set a password: the invitation to a new account or a reset. Only a hash of the
-- token is kept, so a copy of the database opens no account; a link works once and until it expires.
create table accountlink (
    id             bigserial primary key,
    gebruiker_id   bigint not null references gebruiker (id),
    soort          varchar(12) not null check (soort in ('UITNODIGING', 'HERSTEL')),
    token_hash     char(64) not null unique,
    aangemaakt_op  timestamptz not null default now(),
    geldig_tot     timestamptz not null,
    gebruikt_op    timestamptz,
    aangemaakt_door text check (char_length(aangemaakt_door) <= 100)
);
create index accountlink_gebruiker on accountlink (gebruiker_id, soort);

-- A reset is asked by e-mail address.
create index gebruiker_email_lower on gebruiker (lower(email));
