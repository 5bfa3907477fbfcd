-- A landelijk SWV (WPO 18a lid 15, WVO 17a lid 16) joins schools of one denomination across the
-- country; it has no area, so the division never names it and never ends it.
alter table samenwerkingsverband add column landelijk boolean not null default false;

-- The schools whose board joined a landelijk SWV: their sites of its sector belong to it, wherever
-- they lie. The school may not be in the register yet; the school import assigns it on arrival.
create table landelijk_swv_school (
    swv_code  varchar(6) not null references samenwerkingsverband (code),
    brin      char(4) not null check (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    primary key (swv_code, brin)
);
-- A school joins at most one landelijk SWV per sector (its SO sites a PO one, its VSO sites a VO one).
create unique index landelijk_swv_school_sector on landelijk_swv_school (brin, substr(swv_code, 1, 2));
