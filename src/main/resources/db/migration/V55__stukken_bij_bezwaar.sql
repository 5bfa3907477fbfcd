-- Whoever objects can send documents along (an expert's report, a letter): kept as attachments of
-- the request, marked with the objection they came with.
alter table bijlage add column bezwaar_volgnummer integer check (bezwaar_volgnummer > 0);
