-- A pupil placed in a residential institution is admissible to (V)SO for the duration of the
-- placement without a TLV (WEC 40 lid 16): the school records the institution and the placement's end.
alter table leerling add column residentiele_instelling text check (char_length(residentiele_instelling) <= 200);
alter table leerling add column residentieel_tot date;
alter table leerling add constraint leerling_residentieel check ((residentiele_instelling is null) = (residentieel_tot is null));
