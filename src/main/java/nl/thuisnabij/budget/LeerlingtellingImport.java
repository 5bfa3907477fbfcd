package nl.thuisnabij.budget;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads DUO's open data "Leerlingen po per samenwerkingsverband" (columns SAMENWERKINGSVERBANDNUMMER,
 * TYPE_PO, PEILJAAR, GESLACHT, AANTAL_LEERLINGEN): the national file as DUO publishes it, of which
 * only this SWV's rows are taken. All or nothing: one wrong row of the SWV and nothing is read, with
 * every wrong row named.
 */
@Service
public class LeerlingtellingImport {

    static final List<String> KOLOMMEN = List.of("SAMENWERKINGSVERBANDNUMMER", "TYPE_PO", "PEILJAAR", "GESLACHT", "AANTAL_LEERLINGEN");

    private final BudgetRepository repository;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    LeerlingtellingImport(BudgetRepository repository, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Transactional
    public ImportRapport leesIn(SwvCode swv, InputStream bestand) {
        CsvBestand csv;
        try {
            csv = CsvBestand.lees(bestand, KOLOMMEN, "het bestand 'Leerlingen po per samenwerkingsverband' van DUO met de kolommen " + String.join(", ", KOLOMMEN));
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var fouten = new ArrayList<Regelfout>();
        var perPeiljaar = new TreeMap<Integer, Map<TypePo, Integer>>();
        var landelijk = new TreeMap<Integer, Map<TypePo, Integer>>();
        var swvs = new HashSet<String>();
        var gezien = new HashSet<String>();
        int anderen = 0;
        for (var rij : csv.rijen()) {
            var nummer = rij.get("SAMENWERKINGSVERBANDNUMMER").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            if (!nummer.matches("[A-Z]{2}\\d{4}")) {
                fouten.add(new Regelfout(rij.regel(), "'%s' is geen samenwerkingsverbandnummer zoals PO2707".formatted(rij.get("SAMENWERKINGSVERBANDNUMMER"))));
                continue;
            }
            telLandelijk(rij, nummer, landelijk, swvs);
            if (!nummer.equals(swv.waarde())) {
                anderen++;
                continue;
            }
            var type = TypePo.vanDuo(rij.get("TYPE_PO"));
            if (type.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "TYPE_PO '%s' is onbekend; verwacht BO, SBO of SO".formatted(rij.get("TYPE_PO"))));
            }
            var peiljaar = geheelGetal(rij.get("PEILJAAR"));
            if (peiljaar == null || peiljaar < 2000 || peiljaar > 2100) {
                fouten.add(new Regelfout(rij.regel(), "PEILJAAR '%s' is geen jaar zoals 2024".formatted(rij.get("PEILJAAR"))));
            }
            var aantal = geheelGetal(rij.get("AANTAL_LEERLINGEN"));
            if (aantal == null || aantal < 0) {
                fouten.add(new Regelfout(rij.regel(), "AANTAL_LEERLINGEN '%s' is geen aantal (een heel getal, 0 of meer)".formatted(rij.get("AANTAL_LEERLINGEN"))));
            }
            if (type.isEmpty() || peiljaar == null || peiljaar < 2000 || peiljaar > 2100 || aantal == null || aantal < 0) {
                continue;
            }
            if (!gezien.add(peiljaar + "/" + type.get() + "/" + rij.get("GESLACHT").toUpperCase(Locale.ROOT))) {
                fouten.add(new Regelfout(rij.regel(), "deze regel staat er twee keer in (%d, %s, %s)".formatted(peiljaar, type.get(), rij.get("GESLACHT"))));
                continue;
            }
            perPeiljaar.computeIfAbsent(peiljaar, j -> new EnumMap<>(TypePo.class)).merge(type.get(), aantal, Integer::sum);
        }
        if (fouten.isEmpty() && perPeiljaar.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand heeft geen regels van samenwerkingsverband " + swv.waarde() + " (wel " + anderen
                    + " van andere samenwerkingsverbanden)"));
        }
        if (!fouten.isEmpty()) {
            return ImportRapport.afgewezen(csv.rijen().size(), fouten, List.of());
        }
        repository.vervangTellingen(swv.waarde(), perPeiljaar, klok.instant());
        boolean landelijkBestand = swvs.size() >= LANDELIJK_DEEL * register.alleSamenwerkingsverbanden().stream()
                .filter(s -> s.code().waarde().startsWith("PO")).count();
        if (landelijkBestand) {
            repository.vervangLandelijkeTellingen(landelijk, swvs.size(), klok.instant());
        }
        var samenvatting = new ArrayList<String>();
        perPeiljaar.forEach((jaar, aantallen) -> samenvatting.add("Peiljaar %d: %s.".formatted(jaar,
                String.join(", ", aantallen.entrySet().stream().map(e -> Getallen.aantal(e.getValue()) + " leerlingen " + e.getKey().name().toLowerCase(Locale.ROOT))
                        .toList()))));
        var meldingen = new ArrayList<String>();
        if (anderen > 0) {
            meldingen.add(anderen + " regels van andere samenwerkingsverbanden zijn overgeslagen.");
        }
        if (landelijkBestand) {
            meldingen.add("Het bestand is landelijk (%d samenwerkingsverbanden): de landelijke cijfers naast de kengetallen zijn bijgewerkt."
                    .formatted(swvs.size()));
        }
        auditLog.schrijven(swv.waarde(), "leerlingtelling", String.join(",", perPeiljaar.keySet().stream().map(String::valueOf).toList()),
                "leerlingtelling van DUO ingelezen: " + String.join(" ", samenvatting));
        return new ImportRapport(csv.rijen().size(), List.of(), meldingen, samenvatting);
    }

    /** The share of the PO SWVs a file must hold to count as DUO's national file. */
    private static final double LANDELIJK_DEEL = 0.9;

    /** Every well-formed row counts towards the national totals, whichever SWV it is of. */
    private static void telLandelijk(CsvBestand.Rij rij, String nummer, Map<Integer, Map<TypePo, Integer>> landelijk, java.util.Set<String> swvs) {
        var type = TypePo.vanDuo(rij.get("TYPE_PO"));
        var peiljaar = geheelGetal(rij.get("PEILJAAR"));
        var aantal = geheelGetal(rij.get("AANTAL_LEERLINGEN"));
        if (type.isPresent() && peiljaar != null && peiljaar >= 2000 && peiljaar <= 2100 && aantal != null) {
            swvs.add(nummer);
            landelijk.computeIfAbsent(peiljaar, j -> new EnumMap<>(TypePo.class)).merge(type.get(), aantal, Integer::sum);
        }
    }

    private static Integer geheelGetal(String tekst) {
        return tekst.matches("\\d{1,9}") ? Integer.valueOf(tekst) : null;
    }
}
