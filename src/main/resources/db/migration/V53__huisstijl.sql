-- An SWV's own colour for its public pages (checked for contrast with white text), and its logo in a
-- table of its own, so that reading the register never drags images along.
alter table samenwerkingsverband add column huisstijlkleur char(7) check (huisstijlkleur ~ '^#[0-9a-f]{6}$');

create table samenwerkingsverband_logo (
    swv_code      varchar(6) primary key references samenwerkingsverband (code),
    inhoud        bytea not null,
    mediatype     varchar(20) not null check (mediatype in ('image/png', 'image/jpeg')),
    gewijzigd_op  timestamptz not null
);
