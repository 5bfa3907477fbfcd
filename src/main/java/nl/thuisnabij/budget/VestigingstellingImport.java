package nl.thuisnabij.budget;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the pupils per school site on a count date — DUO's open data per vestiging, or the SWV's own
 * list — with an optional weight per school (e.g. CBS's schoolgewicht) for a weighted key. Columns
 * VESTIGINGSCODE (BRIN and vestigingsnummer, 12AB00), PEILJAAR, AANTAL_LEERLINGEN, and GEWICHT when
 * the key is weighted. Sites of other SWVs in a national file are skipped; all or nothing otherwise.
 */
@Service
public class VestigingstellingImport {

    static final List<String> KOLOMMEN = List.of("VESTIGINGSCODE", "PEILJAAR", "AANTAL_LEERLINGEN");

    public record Vestigingstelling(long vestigingId, int aantal, BigDecimal gewicht) {
    }

    private final BudgetRepository repository;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    VestigingstellingImport(BudgetRepository repository, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Transactional
    public ImportRapport leesIn(SwvCode swv, InputStream bestand) {
        CsvBestand csv;
        try {
            csv = CsvBestand.lees(bestand, KOLOMMEN, String.join(", ", KOLOMMEN) + " (en eventueel GEWICHT)");
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var eigen = register.vestigingen(swv).stream().collect(Collectors.toMap(Vestiging::vestigingscode, Function.identity(), (a, b) -> a));
        var fouten = new ArrayList<Regelfout>();
        var perPeiljaar = new TreeMap<Integer, List<Vestigingstelling>>();
        var gezien = new HashSet<String>();
        int anderen = 0;
        for (var rij : csv.rijen()) {
            var code = rij.get("VESTIGINGSCODE").toUpperCase(Locale.ROOT).replace(" ", "");
            if (!code.matches("\\d{2}[A-Z]{2}\\d{2}")) {
                fouten.add(new Regelfout(rij.regel(), "VESTIGINGSCODE '%s' is geen BRIN met vestigingsnummer zoals 12AB00".formatted(rij.get("VESTIGINGSCODE"))));
                continue;
            }
            var vestiging = eigen.get(code);
            if (vestiging == null) {
                anderen++;
                continue;
            }
            int voor = fouten.size();
            var peiljaar = rij.get("PEILJAAR").matches("\\d{4}") ? Integer.parseInt(rij.get("PEILJAAR")) : -1;
            if (peiljaar < 2000 || peiljaar > 2100) {
                fouten.add(new Regelfout(rij.regel(), "PEILJAAR '%s' is geen jaar zoals 2025".formatted(rij.get("PEILJAAR"))));
            }
            var aantal = rij.get("AANTAL_LEERLINGEN").matches("\\d{1,7}") ? Integer.parseInt(rij.get("AANTAL_LEERLINGEN")) : -1;
            if (aantal < 0) {
                fouten.add(new Regelfout(rij.regel(), "AANTAL_LEERLINGEN '%s' is geen aantal".formatted(rij.get("AANTAL_LEERLINGEN"))));
            }
            var gewichtTekst = rij.get("GEWICHT").replace(',', '.');
            if (!gewichtTekst.isEmpty() && !gewichtTekst.matches("\\d{1,2}(\\.\\d{1,3})?")) {
                fouten.add(new Regelfout(rij.regel(), "GEWICHT '%s' is geen gewicht zoals 1,25".formatted(rij.get("GEWICHT"))));
            }
            if (fouten.size() > voor) {
                continue;
            }
            if (!gezien.add(peiljaar + "/" + code)) {
                fouten.add(new Regelfout(rij.regel(), "%s staat voor %d twee keer in het bestand".formatted(code, peiljaar)));
                continue;
            }
            perPeiljaar.computeIfAbsent(peiljaar, j -> new ArrayList<>()).add(new Vestigingstelling(vestiging.id(), aantal,
                    gewichtTekst.isEmpty() ? BigDecimal.ONE : new BigDecimal(gewichtTekst)));
        }
        if (fouten.isEmpty() && perPeiljaar.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand heeft geen scholen van samenwerkingsverband " + swv.waarde() + " (wel " + anderen + " andere)"));
        }
        if (!fouten.isEmpty()) {
            return ImportRapport.afgewezen(csv.rijen().size(), fouten, List.of());
        }
        repository.vervangVestigingstellingen(swv.waarde(), perPeiljaar, klok.instant());
        var samenvatting = perPeiljaar.entrySet().stream().map(e -> "Peiljaar %d: %d scholen, samen %s leerlingen.".formatted(e.getKey(),
                e.getValue().size(), Getallen.aantal(e.getValue().stream().mapToLong(Vestigingstelling::aantal).sum()))).toList();
        auditLog.schrijven(swv.waarde(), "leerlingtelling", "vestigingen", "leerlingen per school ingelezen: " + String.join(" ", samenvatting));
        return new ImportRapport(csv.rijen().size(), List.of(), anderen == 0 ? List.of()
                : List.of(anderen + " regels van scholen buiten dit samenwerkingsverband zijn overgeslagen."), samenvatting);
    }
}
