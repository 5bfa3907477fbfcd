-- Bezwaar under the Awb: objections also from another interested party (Awb 1:2), the decision term
-- postponed once by six weeks with a reason (7:10 lid 3), and whether a TLV objection was decided
-- without the committee's advice because it was met in full (7:17 lid 1 onder b).
alter table bezwaar alter column ingediend_door type varchar(30);
alter table bezwaar drop constraint bezwaar_ingediend_door_check;
alter table bezwaar add constraint bezwaar_ingediend_door_check check (ingediend_door in ('OUDERS', 'SCHOOL', 'ANDERE_BELANGHEBBENDE'));
alter table bezwaar add column verdaagd_op date;
alter table bezwaar add column verdagingsreden text check (char_length(verdagingsreden) <= 2000);
alter table bezwaar add constraint bezwaar_verdaging check ((verdaagd_op is null) = (verdagingsreden is null));
alter table bezwaar add column zonder_advies_tegemoetgekomen boolean not null default false;
