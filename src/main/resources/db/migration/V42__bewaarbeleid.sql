-- How long an SWV keeps a pupil's data after the last thing it did for the pupil (its own policy; the
-- law sets no general term). Empty: nothing is removed automatically.
create table bewaarbeleid (
    swv_code  varchar(6) primary key references samenwerkingsverband (code),
    jaren     integer check (jaren between 1 and 20),
    versie    integer not null default 0
);
