-- DUO's count of the (V)SO pupils the SWV pays for, per count year (1 October), kind of school,
-- funding category and whether the pupil goes to school inside the SWV (open data "Leerlingen so en
-- vso binnen en buiten swv betalend met bekostigingscategorie").
create table budget_so_vso_telling (
    swv_code      varchar(6) not null references samenwerkingsverband (code),
    peiljaar      integer not null check (peiljaar between 2000 and 2100),
    tlv_soort     varchar(3) not null check (tlv_soort in ('SO', 'VSO')),
    categorie     varchar(6) not null check (categorie in ('LAAG', 'MIDDEN', 'HOOG')),
    binnen_swv    boolean not null,
    aantal        integer not null check (aantal >= 0),
    ingelezen_op  timestamptz not null,
    primary key (swv_code, peiljaar, tlv_soort, categorie, binnen_swv)
);
