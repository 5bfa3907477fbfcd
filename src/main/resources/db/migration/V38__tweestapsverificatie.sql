-- Two-step login with an authenticator app (TOTP, RFC 6238) and one-time recovery codes.

-- The shared secret is what the app on the phone also holds; the last time step used stops a code
-- that was seen over someone's shoulder from working a second time.
alter table gebruiker add column totp_geheim text check (char_length(totp_geheim) <= 64);
alter table gebruiker add column totp_actief_sinds timestamptz;
alter table gebruiker add column totp_laatste_stap bigint;

-- Recovery codes for a lost phone: each works once; only a hash is kept.
create table herstelcode (
    gebruiker_id  bigint not null references gebruiker (id) on delete cascade,
    code_hash     char(64) not null,
    gebruikt_op   timestamptz,
    primary key (gebruiker_id, code_hash)
);

-- The SWV decides whether its staff and its schools' staff must use the second step.
create table inlogbeleid (
    swv_code                      varchar(6) primary key references samenwerkingsverband (code),
    tweestapsverificatie_verplicht boolean not null default false,
    versie                        integer not null default 0
);
