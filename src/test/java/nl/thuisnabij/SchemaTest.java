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
}
