-- Reports count thuiszitters by age group; the age at the start of the absence is kept on the case
-- when it is reported, so a report never reads a child's date of birth.
alter table thuiszitter add column leeftijd integer check (leeftijd between 0 and 30);
