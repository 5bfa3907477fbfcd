-- Every TLV has a volgnummer (WEC 164a lid 2 k: the SWV's number and the TLV's volgnummer are pupil
-- data the school registers): numbered per SWV in the order they are first granted, kept when the
-- TLV changes on objection. The counter row serialises two grants of one SWV at the same moment.
create table tlv_volgnummer (
    swv_code varchar(6) primary key references samenwerkingsverband (code),
    laatste  integer not null check (laatste > 0)
);

alter table aanvraag add column tlv_volgnummer integer check (tlv_volgnummer > 0);
create unique index aanvraag_tlv_volgnummer on aanvraag (swv_code, tlv_volgnummer) where tlv_volgnummer is not null;

with genummerd as (
    select a.id, row_number() over (partition by a.swv_code order by a.id) as nummer
      from aanvraag a
     where a.soort like 'TLV%'
       and (select b.uitkomst from besluit b where b.aanvraag_id = a.id order by b.volgnummer desc limit 1)
           in ('TOEGEKEND', 'TOEGEKEND_MET_AANPASSING'))
update aanvraag a set tlv_volgnummer = g.nummer from genummerd g where a.id = g.id;

insert into tlv_volgnummer (swv_code, laatste)
select swv_code, max(tlv_volgnummer) from aanvraag where tlv_volgnummer is not null group by swv_code;
