-- A granted TLV can be revoked or ended early: each is a new version of the decision.
alter table besluit drop constraint besluit_uitkomst_check;
alter table besluit add constraint besluit_uitkomst_check check (uitkomst in ('TOEGEKEND', 'AFGEWEZEN', 'TOEGEKEND_MET_AANPASSING', 'INGETROKKEN',
    'VOORTIJDIG_BEEINDIGD'));
