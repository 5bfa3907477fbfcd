package nl.thuisnabij.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Service;

/**
 * Everything Thuisnabij holds about one pupil, from every module that declares personal data: for a
 * subject-access request (AVG art. 15) by the pupil or their parents, as a PDF to hand over and as
 * JSON for any program. The register of processing activities (art. 30) comes from the same
 * declarations.
 */
@Service
public class Inzage {

    private final List<Persoonsgegevens> modules;
    private final Leerlingen leerlingen;
    private final AuditLog auditLog;
    private final Clock klok;

    Inzage(List<Persoonsgegevens> modules, Leerlingen leerlingen, AuditLog auditLog, Clock klok) {
        // the pupil's own file first, the access log last: the order in which a parent reads it
        this.modules = modules.stream().sorted(Comparator.comparing((Persoonsgegevens m) -> volgorde(m.verwerking().naam()))
                .thenComparing(m -> m.verwerking().naam())).toList();
        this.leerlingen = leerlingen;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    public List<Persoonsgegevens.Verwerking> verwerkingsregister() {
        return modules.stream().map(Persoonsgegevens::verwerking).toList();
    }

    public Rapport vanLeerling(SwvCode swv, long leerlingId) {
        var leerling = leerlingen.vind(swv, leerlingId)
                .orElseThrow(() -> new NietGevondenException("leerling %d hoort niet bij %s".formatted(leerlingId, swv)));
        var tabellen = new ArrayList<Rapport.Tabel>();
        modules.forEach(module -> tabellen.addAll(module.vanLeerling(swv.waarde(), leerlingId)));
        auditLog.lezen(swv.waarde(), "leerling", String.valueOf(leerlingId), "inzage samengesteld (AVG art. 15)");
        return new Rapport("Gegevens van " + leerling.naam(),
                "Alles wat samenwerkingsverband %s in Thuisnabij over %s vastlegt, samengesteld op %s (AVG artikel 15)."
                        .formatted(swv.waarde(), leerling.naam(), LocalDate.now(klok).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))),
                tabellen);
    }

    /** The same as machine-readable data: each table a list of objects, one per row, keyed by column. */
    public static Map<String, Object> alsGegevens(Rapport rapport) {
        var gegevens = new LinkedHashMap<String, Object>();
        gegevens.put("titel", rapport.titel());
        gegevens.put("toelichting", rapport.toelichting());
        gegevens.put("onderdelen", rapport.tabellen().stream().map(tabel -> {
            var onderdeel = new LinkedHashMap<String, Object>();
            onderdeel.put("titel", tabel.titel());
            onderdeel.put("rijen", tabel.rijen().stream().map(rij -> {
                var object = new LinkedHashMap<String, String>();
                for (int k = 0; k < rij.size(); k++) {
                    object.put(tabel.kolommen().get(k), rij.get(k));
                }
                return object;
            }).toList());
            return onderdeel;
        }).toList());
        return gegevens;
    }

    private static int volgorde(String naam) {
        return switch (naam) {
            case "Leerlingdossier" -> 0;
            case "Auditlog" -> 2;
            default -> 1;
        };
    }
}
