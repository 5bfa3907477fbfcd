-- The SWV's own costs (staff, housing, the commission...) per funding year, which come off what is
-- left; and for years before 2023 the second count date (1 February) on which DUO also deducted the
-- growth of the (V)SO pupils since the first (WPO 125b).
create table budget_eigen_kosten (
    id            bigint generated always as identity primary key,
    swv_code      varchar(6) not null,
    jaar          varchar(9) not null,
    omschrijving  varchar(200) not null check (char_length(omschrijving) > 0),
    bedrag        numeric(12, 2) not null check (bedrag >= 0),
    door          varchar(200) not null,
    op            timestamptz not null,
    foreign key (swv_code, jaar) references budget_regeling (swv_code, jaar) on delete cascade
);
create index budget_eigen_kosten_jaar on budget_eigen_kosten (swv_code, jaar);

alter table budget_regeling add column groeiteldatum date;
