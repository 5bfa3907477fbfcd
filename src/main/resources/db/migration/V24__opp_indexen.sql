-- The OPP report is computed once per state of the SWV's (or school site's) OPPs: the state is read
-- from this index alone (count, sum of aggregate versions, highest id), without visiting the table.
create index opp_stand on opp (swv_code, vestiging_id) include (versie, id);

-- The pupils with an arrangement or a TLV still without an OPP: read from the cases with that
-- support only, instead of every case of the SWV (9 ms at national size).
create index opp_casus_ondersteuning on opp_casus (swv_code, ondersteuning, leerling_id);
