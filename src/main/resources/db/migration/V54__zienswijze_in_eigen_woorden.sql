-- The parents' view is their own text: only the parents write it, after the school asked them
-- (or once the request is submitted). What the school writes down of a conversation with the
-- parents is a record of its own, kept apart.
alter table aanvraag
    add column zienswijze_ouders_op          date,
    add column ouders_uitgenodigd_op         date,
    add column oudergesprek                  text,
    add column ouders_akkoord_volgens_school boolean,
    add constraint aanvraag_oudergesprek_lengte check (char_length(oudergesprek) <= 20000);

-- Until now the school could write the parents' view as well, and nobody can tell any more who
-- wrote a stored one. It is kept as the school's record: calling the school's words the parents'
-- own would be the worse mistake.
update aanvraag
   set oudergesprek = zienswijze_ouders, ouders_akkoord_volgens_school = ouders_akkoord,
       zienswijze_ouders = null, ouders_akkoord = null
 where zienswijze_ouders is not null or ouders_akkoord is not null;
