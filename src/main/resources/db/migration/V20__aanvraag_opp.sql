-- A request links the OPP version it is based on, instead of a summary the school typed: the
-- version in force at the requesting school when the request was submitted or supplemented.
alter table aanvraag drop column opp_samenvatting;
alter table aanvraag add column opp_id bigint references opp (id);
alter table aanvraag add column opp_versie integer;
alter table aanvraag add constraint aanvraag_opp_versie check ((opp_id is null) = (opp_versie is null));
create index aanvraag_opp on aanvraag (opp_id) where opp_id is not null;
