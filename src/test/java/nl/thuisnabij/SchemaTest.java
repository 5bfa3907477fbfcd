package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class SchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void elkeVerwijzendeSleutelHeeftEenIndexDieErMeeBegint() {
        var zonderIndex = jdbc.sql("""
                select c.conrelid::regclass || ' (' || string_agg(a.attname, ', ' order by k.n) || ')'
                  from pg_constraint c
                  cross join lateral unnest(c.conkey) with ordinality as k(attnum, n)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                 where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_index i
                                    where i.indrelid = c.conrelid
                                      and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)
                 group by c.oid, c.conrelid
                """).query(String.class).list();

        assertThat(zonderIndex).as("verwijzende sleutels zonder index").isEmpty();
    }

    /**
     * Text without a limit lets one request fill the disk and every page that shows it; the forms
     * limit their fields, and the schema holds the same limits for every other way in (imports, the
     * API, a future module). A column is limited by a declared length or a check on its length.
     */
    @Test
    void elkeTekstkolomHeeftEenLengtegrens() {
        var onbegrensd = jdbc.sql("""
                select c.table_name || '.' || c.column_name
                  from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                   and c.table_name not in ('event_publication', 'flyway_schema_history') -- the frameworks' own tables
                   and c.data_type in ('text', 'character varying') and c.character_maximum_length is null
                   and not exists (select 1 from pg_constraint k
                                    where k.contype = 'c' and k.conrelid = (quote_ident(c.table_name))::regclass
                                      and pg_get_constraintdef(k.oid) ~ ('(char_length|length)\\(\\(?' || quote_ident(c.column_name) || '\\)?'))
                   and not exists (select 1 from pg_inherits i where i.inhrelid = (quote_ident(c.table_name))::regclass)
                 order by 1
                """).query(String.class).list();

        assertThat(onbegrensd).as("tekstkolommen zonder lengtegrens").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update leerling set voornaam = repeat('x', 101) where id = (select min(id) from leerling)")
                .update()).as("de grens geldt ook buiten de formulieren om").hasStackTraceContaining("leerling_voornaam_lengte");
    }

    @Test
    void eenAanvraagKanNietGaanOverEenLeerlingOfSchoolVanEenAnderSamenwerkingsverband() {
        long leerling = jdbc.sql("select min(id) from leerling where swv_code = 'PO2707'").query(Long.class).single();
        var ander = jdbc.sql("select swv_code, id from vestiging where swv_code <> 'PO2707' order by id limit 1")
                .query((r, n) -> java.util.Map.entry(r.getString(1), r.getLong(2))).single();
        var invoegen = "insert into aanvraag (swv_code, vestiging_id, leerling_id, soort, status) values (?, ?, ?, 'ARRANGEMENT', 'CONCEPT')";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(invoegen).params(ander.getKey(), ander.getValue(), leerling).update())
                .as("een leerling van een ander samenwerkingsverband").hasStackTraceContaining("aanvraag_leerling_van_hetzelfde_swv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(invoegen).params("PO2707", ander.getValue(), leerling).update())
                .as("een school van een ander samenwerkingsverband").hasStackTraceContaining("hoort niet bij samenwerkingsverband PO2707");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "insert into aanmelding (swv_code, vestiging_id, leerling_id, datum_aanmelding, geldt_vanaf, gewenste_startdatum, ondersteuningsbehoefte, "
                                + "status) values (?, ?, ?, current_date, current_date, current_date, false, 'AANGEMELD')").params(ander.getKey(), ander.getValue(), leerling).update())
                .as("een aanmelding van een leerling van een ander samenwerkingsverband").hasStackTraceContaining("aanmelding_leerling_van_hetzelfde_swv");
    }
}
