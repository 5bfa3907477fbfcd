-- An expert of the SWV who wrote or contributed to a request cannot advise on it (Onderwijsgeschillen
-- 13-06-2018, no. 108184): the coordinator records such contributors on the request.
create table aanvraag_meewerker (
    aanvraag_id  bigint not null references aanvraag (id),
    gebruiker_id bigint not null references gebruiker (id),
    primary key (aanvraag_id, gebruiker_id)
);
create index aanvraag_meewerker_gebruiker on aanvraag_meewerker (gebruiker_id);
