-- The day a request was complete: submitted, or the last asked supplement delivered (empty while one
-- is outstanding), for the processing times in the kengetallen (received → complete → decision).
-- Requests from before this column are taken as complete on the day they were submitted.
alter table aanvraag add column compleet_op date;
update aanvraag set compleet_op = ingediend_op where ingediend_op is not null and status <> 'AANVULLING_GEVRAAGD';
