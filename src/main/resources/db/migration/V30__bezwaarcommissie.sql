-- Which advisory committee advises an SWV on objections against TLV decisions (WPO 18a lid 12,
-- Awb 7:13) is its own setting: the LBT when it is affiliated, or its own committee.
alter table aanvraagbeleid add column bezwaarcommissie text not null
    default 'de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)' check (char_length(bezwaarcommissie) <= 200);
