-- A VO SWV also decides on admissibility to praktijkonderwijs and on leerwegondersteuning.
alter table aanvraag drop constraint aanvraag_soort_check;
alter table aanvraag add constraint aanvraag_soort_check check (soort in ('ARRANGEMENT', 'TLV_SBO', 'TLV_SO', 'TLV_VSO', 'TLV_PRO', 'LWOO'));
alter table besluit alter column tlv_soort type varchar(4);
alter table besluit drop constraint besluit_tlv_soort_check;
alter table besluit add constraint besluit_tlv_soort_check check (tlv_soort in ('SBO', 'SO', 'VSO', 'PRO', 'LWOO'));
