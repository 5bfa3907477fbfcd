-- The SWV's registered experts for TLV advice (WPO 18a lid 11; Besluit passend onderwijs): their
-- profession is a fact the SWV records about the person, not a choice per advice, and so are the
-- schools they work for: an expert tied to the requesting school or its board is not independent
-- (Onderwijsgeschillen 107442, 108110).
create table deskundige (
    swv_code        varchar(6) not null references samenwerkingsverband (code),
    gebruiker_id    bigint not null references gebruiker (id),
    beroep          varchar(30) not null check (beroep in ('ORTHOPEDAGOOG', 'PSYCHOLOOG', 'KINDER_JEUGDPSYCHOLOOG', 'PEDAGOOG',
                        'KINDERPSYCHIATER', 'MAATSCHAPPELIJK_WERKER', 'ARTS')),
    vastgelegd_op   date not null,
    vastgelegd_door varchar(200) not null,
    primary key (swv_code, gebruiker_id)
);
create index deskundige_gebruiker on deskundige (gebruiker_id);

create table deskundige_band (
    swv_code        varchar(6) not null,
    gebruiker_id    bigint not null,
    vestiging_id    bigint not null references vestiging (id),
    primary key (swv_code, gebruiker_id, vestiging_id),
    foreign key (swv_code, gebruiker_id) references deskundige (swv_code, gebruiker_id) on delete cascade
);
create index deskundige_band_vestiging on deskundige_band (vestiging_id);
