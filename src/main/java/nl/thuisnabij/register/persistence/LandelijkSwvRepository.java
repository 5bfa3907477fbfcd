package nl.thuisnabij.register.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Landelijke SWV's and the schools that joined them. */
@Repository
public class LandelijkSwvRepository {

    private final JdbcClient jdbc;

    public LandelijkSwvRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void voegToe(String code, String naam) {
        jdbc.sql("insert into samenwerkingsverband (code, sector, naam, landelijk) values (?, ?, ?, true)")
                .params(code, code.substring(0, 2), naam).update();
    }

    /** Renames only if nobody saved since {@code versie} was read. */
    public boolean wijzigNaam(String code, String naam, int versie) {
        return jdbc.sql("update samenwerkingsverband set naam = ?, versie = versie + 1 where code = ? and landelijk and versie = ?")
                .params(naam, code, versie).update() == 1;
    }

    public List<String> scholen(String code) {
        return jdbc.sql("select brin from landelijk_swv_school where swv_code = ? order by brin").param(code).query(String.class).list();
    }

    /** BRIN → the other landelijk SWV of the same sector it already joined. */
    public Map<String, String> elders(String code, Collection<String> brins) {
        var elders = new HashMap<String, String>();
        jdbc.sql("""
                select brin, swv_code from landelijk_swv_school
                 where brin = any(?) and swv_code <> ? and substr(swv_code, 1, 2) = substr(?, 1, 2)
                """).params(brins.toArray(String[]::new), code, code)
                .query(rs -> {
                    elders.put(rs.getString(1), rs.getString(2));
                });
        return elders;
    }

    public void vervangScholen(String code, Collection<String> brins) {
        jdbc.sql("delete from landelijk_swv_school where swv_code = ? and not (brin = any(?))").params(code, brins.toArray(String[]::new)).update();
        jdbc.sql("insert into landelijk_swv_school (swv_code, brin) select ?, unnest(?::char(4)[]) on conflict do nothing")
                .params(code, brins.toArray(String[]::new)).update();
    }

    /** Key BRIN plus sector (e.g. 12ABPO) → the landelijk SWV that school's sites of that sector belong to. */
    public Map<String, String> ledenPerBrinEnSector() {
        var leden = new HashMap<String, String>();
        jdbc.sql("select brin, swv_code from landelijk_swv_school").query(rs -> {
            leden.put(rs.getString(1) + rs.getString(2).substring(0, 2), rs.getString(2));
        });
        return leden;
    }

    /** The landelijk SWV takes the existing sites of its schools in its sector; answers how many moved. */
    public int neemVestigingenOver(String code, Collection<String> brins, Collection<String> soorten) {
        return jdbc.sql("""
                update vestiging set swv_code = ?, versie = versie + 1
                 where brin = any(?) and soort = any(?) and swv_code <> ?
                """).params(code, brins.toArray(String[]::new), soorten.toArray(String[]::new), code).update();
    }

    /**
     * Sites of schools that left a landelijk SWV go back to the SWV of their postcode; answers how many
     * moved. A site whose postcode has no SWV of its sector stays until the school import places it.
     */
    public int geefVestigingenTerug(String code, Collection<String> brinsDieBlijven) {
        return jdbc.sql("""
                update vestiging v
                   set swv_code = case when substr(v.swv_code, 1, 2) = 'PO' then p.swv_po else p.swv_vo end, versie = v.versie + 1
                  from postcodegebied p
                 where p.postcode4 = substr(v.postcode, 1, 4)::char(4) and v.swv_code = ? and not (v.brin = any(?))
                   and (case when substr(v.swv_code, 1, 2) = 'PO' then p.swv_po else p.swv_vo end) is not null
                """).params(code, brinsDieBlijven.toArray(String[]::new)).update();
    }

    public List<String> landelijkeCodes() {
        return jdbc.sql("select code from samenwerkingsverband where landelijk order by code").query(String.class).list();
    }
}
