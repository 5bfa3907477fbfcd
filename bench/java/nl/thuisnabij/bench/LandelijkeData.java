package nl.thuisnabij.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the database to national size in set-based SQL, beside the demo data (whose logins keep
 * working): 9,000 school sites, 400,000 pupils, 300,000 requests over five school years with their
 * decisions, 150,000 established OPPs (a tenth past their yearly evaluation) with the SWV's cases behind them,
 * 200,000 registrations, 382,000 attachments and 5 million audit lines over twelve
 * months, all times {@code schaal}. Generated schools use BRINs 80AA–89ZZ and boards 80000–80999,
 * which the demo data does not.
 */
final class LandelijkeData {

    private final JdbcClient jdbc;
    private final double schaal;
    private final Aanvraagcijfers aanvraagcijfers;
    private final Map<String, Double> seconden = new LinkedHashMap<>();

    /** The requests are inserted beside their aggregate, so the counts the kengetallen read are rebuilt by the aanvraag module. */
    LandelijkeData(JdbcClient jdbc, double schaal, Aanvraagcijfers aanvraagcijfers) {
        this.jdbc = jdbc;
        this.schaal = schaal;
        this.aanvraagcijfers = aanvraagcijfers;
    }

    Map<String, Double> vul() {
        return vul(true);
    }

    /** Without the five million audit lines, for a benchmark that does not read the audit log. */
    Map<String, Double> vul(boolean metAuditregels) {
        stap("scholen", """
                insert into schoolbestuur select (80000 + g)::text, 'Bestuur ' || g from generate_series(0, 999) g;
                insert into school select '8' || ((g / 676) %% 10)::text || chr(65 + g %% 676 / 26) || chr(65 + g %% 26), (80000 + g %% 1000)::text
                  from generate_series(0, 6759) g;
                with pc as (select postcode4, swv_po, swv_vo, row_number() over (order by postcode4) - 1 as nr, count(*) over () as n
                              from postcodegebied where swv_po is not null and swv_vo is not null),
                     s as (select g, (array['BO','BO','BO','BO','BO','BO','SBO','SO','VO','VO','PRO','VSO'])[1 + g %% 12] as soort
                             from generate_series(0, %d) g)
                insert into vestiging (brin, vestigingsnummer, naam, straat, huisnummer, postcode, plaats, soort, cluster, swv_code)
                select '8' || (((g %% 6760) / 676) %% 10)::text || chr(65 + (g %% 6760) %% 676 / 26) || chr(65 + (g %% 6760) %% 26),
                       lpad((g / 6760)::text, 2, '0'), 'School ' || g, 'Schoolstraat', (1 + g %% 200)::text, pc.postcode4 || 'AB', 'Plaats',
                       s.soort, case when s.soort in ('SO', 'VSO') then 3 + g %% 2 end,
                       case when s.soort in ('BO', 'SBO', 'SO') then pc.swv_po else pc.swv_vo end
                  from s join pc on pc.nr = (g * 7919) %% pc.n;
                """.formatted(aantal(9_000) - 1));
        stap("leerlingen", """
                with grens as (select min(id) as laag, max(id) - min(id) + 1 as n from vestiging where brin like '8%%')
                insert into leerling (swv_code, voornaam, achternaam, geboortedatum, postcode, vestiging_id)
                select v.swv_code, (array['Sem','Noah','Emma','Julia','Liam','Mila','Daan','Tess'])[1 + g %% 8], 'Landelijk ' || g,
                       date '2008-01-01' + (g %% 4380), v.postcode, v.id
                  from generate_series(0, %d) g cross join grens join vestiging v on v.id = grens.laag + g %% grens.n;
                """.formatted(aantal(400_000) - 1));
        stap("aanvragen", """
                with grens as (select min(id) as laag, max(id) - min(id) + 1 as n from leerling where achternaam like 'Landelijk %%'),
                     a as (select g, current_date - (g %% 1825) as ingediend,
                                  (array['ARRANGEMENT','ARRANGEMENT','ARRANGEMENT','ARRANGEMENT','ARRANGEMENT','ARRANGEMENT','ARRANGEMENT',
                                         'TLV_SBO','TLV_SO','TLV_SO'])[1 + g %% 10] as soort
                             from generate_series(0, %d) g)
                insert into aanvraag (swv_code, vestiging_id, leerling_id, soort, status, vraag, ondersteuningsbehoeften, wat_geprobeerd,
                                      zienswijze_ouders, ouders_akkoord, ingediend_op, compleet_op)
                select l.swv_code, l.vestiging_id, l.id, a.soort,
                       case when a.ingediend > current_date - 30 then (array['INGEDIEND','IN_BEHANDELING','AANVULLING_GEVRAAGD','ADVIES'])[1 + a.g %% 4]
                            when a.ingediend > current_date - 365 then 'ACTIEF'
                            when a.g %% 50 = 0 then 'INGETROKKEN'
                            else 'AFGELOPEN' end,
                       repeat('Welke ondersteuning past bij deze leerling? ', 8), repeat('Structuur, kleine groep, voorspelbaarheid. ', 10),
                       repeat('Handelingsplan en extra begeleiding in de klas. ', 10),
                       'De ouders steunen de aanvraag.', true, a.ingediend, a.ingediend + a.g %% 15
                  from a cross join grens join leerling l on l.id = grens.laag + (a.g * 31) %% grens.n;
                """.formatted(aantal(300_000) - 1));
        stap("besluiten", """
                insert into besluit (aanvraag_id, volgnummer, uitkomst, motivering, besloten_op, besloten_door, aanleiding, tlv_soort, categorie,
                                     bevoegd_swv, bedrag, startdatum, einddatum)
                select a.id, 1, case when a.id %% 10 = 0 then 'AFGEWEZEN' else 'TOEGEKEND' end, repeat('Motivering van het besluit. ', 10),
                       a.ingediend_op + 35, 'Coördinator', 'aanvraag',
                       case a.soort when 'TLV_SBO' then 'SBO' when 'TLV_SO' then 'SO' end,
                       case when a.soort = 'TLV_SO' then 'LAAG' end,
                       case when a.soort like 'TLV%%' then a.swv_code end,
                       case when a.soort = 'ARRANGEMENT' then 2500.00 end,
                       a.ingediend_op + 42, a.ingediend_op + 42 + 365
                  from aanvraag a where a.status in ('ACTIEF', 'AFGELOPEN') and a.vestiging_id in (select id from vestiging where brin like '8%%');
                """.formatted());
        long start = System.nanoTime();
        aanvraagcijfers.bouwOpnieuwOp();
        seconden.put("kengetallen van de aanvragen", (System.nanoTime() - start) / 1e9);
        stap("aanmeldingen", """
                with grens as (select min(id) as laag, max(id) - min(id) + 1 as n from leerling where achternaam like 'Landelijk %%')
                insert into aanmelding (swv_code, vestiging_id, leerling_id, datum_aanmelding, geldt_vanaf, gewenste_startdatum, ondersteuningsbehoefte,
                                        status, besluit_op)
                select l.swv_code, l.vestiging_id, l.id, current_date - (g %% 1825), current_date - (g %% 1825), current_date - (g %% 1825) + 90, g %% 3 = 0,
                       case when g %% 1825 < 70 then (array['AANGEMELD','AANGEMELD','NIET_TOEGELATEN'])[1 + g %% 3] else 'TOEGELATEN' end,
                       case when g %% 1825 >= 70 then current_date - (g %% 1825) + 30 end
                  from generate_series(0, %d) g cross join grens join leerling l on l.id = grens.laag + (g * 17) %% grens.n;
                """.formatted(aantal(200_000) - 1));
        stap("bijlagen", """
                insert into bijlage (aanvraag_id, swv_code, bestandsnaam, mediatype, grootte, sha256, inhoud, geupload_door)
                select a.id, a.swv_code, 'groeidocument-' || g || '.pdf', 'application/pdf', 256, repeat('0', 64),
                       convert_to('%%PDF-1.7 ' || repeat('x', 247), 'UTF8'), 'bench'
                  from generate_series(0, %d) g join aanvraag a on a.id = (select min(id) from aanvraag) + (g %% 300000);
                """.formatted(aantal(382_000) - 1));
        stap("opp's", """
                insert into opp_casus (swv_code, leerling_id, aanleiding, ondersteuning, sinds)
                select a.swv_code, a.leerling_id, 'aanvraag ' || a.id, 'AANGEVRAAGD', a.ingediend_op from aanvraag a
                 where a.ingediend_op is not null and a.leerling_id in (select id from leerling where achternaam like 'Landelijk %%')
                on conflict do nothing;
                insert into opp (swv_code, leerling_id, vestiging_id, schoolsoort, ingeschreven_op, aangemaakt_op, aangemaakt_door, termijn, termijnsoort)
                select l.swv_code, l.id, l.vestiging_id, v.soort, current_date - 30 - (l.id %% 1500)::int, current_date - 30 - (l.id %% 1500)::int, 'bench',
                       (make_date(extract(year from current_date)::int + case when extract(month from current_date) >= 8 then 1 else 0 end, 7, 31)
                           - case when l.id %% 10 = 0 then interval '1 year' else interval '0' end)::date,
                       'EVALUEREN'
                  from (select distinct c.leerling_id from opp_casus c join leerling l on l.id = c.leerling_id
                         where l.achternaam like 'Landelijk %%' order by c.leerling_id limit %d) c
                  join leerling l on l.id = c.leerling_id join vestiging v on v.id = l.vestiging_id;
                insert into opp_versie (opp_id, volgnummer, status, gestart_op, gestart_door, uitstroombestemming, onderbouwing, belemmerende_factoren,
                                        bevorderende_factoren, oogo_op, oogo_deelnemers, oogo_afspraken, instemming, instemming_op, instemming_door,
                                        vastgesteld_op)
                select id, 1, 'VASTGESTELD', ingeschreven_op, 'bench', case when schoolsoort in ('BO', 'SBO', 'SO') then 'VO_VMBO' else 'MBO' end,
                       repeat('Toetsen en onderzoek wijzen hierop. ', 8), repeat('Leest langzaam. ', 8), repeat('Gemotiveerd. ', 8),
                       ingeschreven_op + 20, 'ouders en intern begeleider', repeat('Zo afgesproken. ', 8), 'GEGEVEN', now(), 'ouder', ingeschreven_op + 21
                  from opp where aangemaakt_door = 'bench';
                insert into opp_doel (opp_id, versie_nummer, volgnummer, domein, beschrijving, niveau, streefdatum)
                select o.id, 1, d.nr, (array['LEREN','SOCIAAL_EMOTIONEEL','WERKHOUDING'])[1 + (o.id + d.nr) %% 3], 'Doel ' || d.nr || ' van het plan',
                       'niveau eind groep 6', current_date + 180
                  from opp o cross join generate_series(1, 2) d(nr) where o.aangemaakt_door = 'bench';
                insert into opp_handeling (opp_id, versie_nummer, volgnummer, wat, wie, hoe_vaak)
                select id, 1, 1, 'Begeleiding in een kleine groep', 'Intern begeleider', 'twee keer per week' from opp where aangemaakt_door = 'bench';
                """.formatted(aantal(150_000)));
        if (metAuditregels) {
            stapAuditregels();
        }
        stap("statistieken", "vacuum analyze;");
        return seconden;
    }

    private void stapAuditregels() {
        stap("auditregels", """
                do $$ begin perform auditregel_maak_partities((current_date - interval '12 months')::date, 13); end $$;
                with s as (select code, row_number() over (order by code) - 1 as nr, count(*) over () as n from samenwerkingsverband)
                insert into auditregel (tijdstip, gebruiker, rollen, swv_code, actie, recordsoort, record_id, omschrijving, ip_adres)
                select now() - (g %% 31536000) * interval '1 second',
                       (array['coordinator','ib','deskundige','directeur','schooldirecteur'])[1 + g %% 5], '{ONDERSTEUNINGSCOORDINATOR}', s.code,
                       case when g %% 500 = 0 then 'GEWEIGERD' when g %% 7 = 0 then 'SCHRIJVEN' else 'LEZEN' end,
                       (array['aanvraag','leerling','aanmelding'])[1 + g %% 3], (g %% 400000)::text, 'gegenereerd', '127.0.0.1'
                  from generate_series(0, %d) g join s on s.nr = g %% s.n;
                """.formatted(aantal(5_000_000) - 1));
    }

    private int aantal(int landelijk) {
        return Math.max(1, (int) Math.round(landelijk * schaal));
    }

    private void stap(String naam, String sql) {
        long start = System.nanoTime();
        for (var opdracht : sql.split(";\\s*\\n")) {
            if (!opdracht.isBlank()) {
                jdbc.sql(opdracht).update();
            }
        }
        seconden.put(naam, (System.nanoTime() - start) / 1e9);
    }
}
