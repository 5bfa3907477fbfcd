-- What the kengetallen count of a decided request, one narrow row per request, kept by the aanvraag
-- module when a decision is taken: a national run reads 300,000 of these instead of joining the
-- requests with their decisions. It names no pupil and no school, but through the request it belongs
-- to one: it goes when the pupil's data is erased, like the request.
create table aanvraag_kengetal (
    aanvraag_id           bigint primary key,
    swv_code              varchar(6) not null references samenwerkingsverband (code),
    soort                 varchar(11) not null,
    besloten_schooljaar   integer not null,
    dagen_tot_compleet    integer,
    dagen_na_compleet     integer,
    dagen_totaal          integer,
    toegekend_schooljaar  integer,
    categorie             varchar(6),
    bedrag                numeric(12, 2)
);
create index aanvraag_kengetal_swv on aanvraag_kengetal (swv_code);

insert into aanvraag_kengetal
select a.id, a.swv_code, a.soort, extract(year from (e.besloten_op - interval '7 months'))::int,
       case when a.ingediend_op is not null then a.compleet_op - a.ingediend_op end,
       case when a.ingediend_op is not null then e.besloten_op - a.compleet_op end,
       e.besloten_op - a.ingediend_op,
       extract(year from (t.besloten_op - interval '7 months'))::int, t.categorie, t.bedrag
  from aanvraag a
  join besluit e on e.aanvraag_id = a.id and e.volgnummer = 1
  left join lateral (select g.besloten_op, g.categorie, g.bedrag from besluit g
                      where g.aanvraag_id = a.id and g.uitkomst in ('TOEGEKEND', 'TOEGEKEND_MET_AANPASSING')
                      order by g.volgnummer limit 1) t on true;
