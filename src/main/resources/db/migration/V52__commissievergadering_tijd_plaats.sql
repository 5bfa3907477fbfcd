-- A meeting is at a time and a place; meetings planned before have neither.
alter table commissievergadering add column aanvang time, add column plaats varchar(200);
