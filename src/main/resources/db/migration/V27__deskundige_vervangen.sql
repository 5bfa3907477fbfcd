-- An expert whose advice is outstanding can be replaced; the replaced assignment stays, dated, in
-- the history, and no longer gives access to the request.
alter table aanvraag_deskundige add column vervangen_op date;
