-- Which SWV decides a TLV follows WEC art. 40 lid 11/13 and WPO art. 40 lid 8 (the SWV of the school
-- the pupil was enrolled at before, the SWV of residence only for a pupil at no school, the issuer of
-- the earlier TLV for a follow-up); the request keeps which branch applied and on what fact.
alter table aanvraag add column tlv_bevoegdheid varchar(500);
