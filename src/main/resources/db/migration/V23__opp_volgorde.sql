-- The OPP lists are paged by keyset in the order of their next term, nearest (and overdue) first:
-- one sortable key per row, the term's day and the id, so a page continues after the last key shown.
alter table opp add column volgorde bigint generated always as
    (((coalesce(termijn, date '9999-12-31') - date '1970-01-01')::bigint * 10000000000) + id) stored;
create index opp_vestiging_volgorde on opp (swv_code, vestiging_id, volgorde);
create index opp_swv_volgorde on opp (swv_code, volgorde);
