package nl.thuisnabij.budget;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.budget.persistence.SoVsoTellingRepository;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads DUO's open data "Leerlingen so en vso binnen en buiten swv betalend met
 * bekostigingscategorie" in the layout of docs/duo-so-vso-leerlingen.md: the national file may be
 * given, only the rows the SWV pays for (SWV_BETALEND) are taken; rows of cluster 1 and 2 and of
 * closed institutions carry a BRIN there and are skipped like other SWVs'. All or nothing, every
 * wrong row named.
 */
@Service
public class SoVsoTellingImport {

    static final List<String> KOLOMMEN = List.of("SWV_BETALEND", "PEILJAAR", "SOORT_ONDERWIJS", "BEKOSTIGINGSCATEGORIE", "BINNEN_SWV",
            "AANTAL_LEERLINGEN");

    /** One count of the file: pupils of a kind and category, inside the SWV or not. */
    public record Regel(int peiljaar, String tlvSoort, Bekostigingscategorie categorie, boolean binnenSwv, int aantal) {
    }

    private final SoVsoTellingRepository repository;
    private final AuditLog auditLog;
    private final Clock klok;

    SoVsoTellingImport(SoVsoTellingRepository repository, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Transactional
    public ImportRapport leesIn(SwvCode swv, InputStream bestand) {
        CsvBestand csv;
        try {
            csv = CsvBestand.lees(bestand, KOLOMMEN, "het bestand 'Leerlingen so en vso binnen en buiten swv betalend met bekostigingscategorie' van DUO met de kolommen "
                    + String.join(", ", KOLOMMEN));
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var fouten = new ArrayList<Regelfout>();
        var perPeiljaar = new TreeMap<Integer, List<Regel>>();
        var gezien = new HashSet<String>();
        int anderen = 0;
        for (var rij : csv.rijen()) {
            if (!rij.get("SWV_BETALEND").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").equals(swv.waarde())) {
                anderen++;
                continue;
            }
            var peiljaar = rij.get("PEILJAAR").matches("\\d{4}") ? Integer.valueOf(rij.get("PEILJAAR")) : null;
            if (peiljaar == null || peiljaar < 2000 || peiljaar > 2100) {
                fouten.add(new Regelfout(rij.regel(), "PEILJAAR '%s' is geen jaar zoals 2024".formatted(rij.get("PEILJAAR"))));
            }
            var soort = rij.get("SOORT_ONDERWIJS").strip().toUpperCase(Locale.ROOT);
            if (!soort.equals("SO") && !soort.equals("VSO")) {
                fouten.add(new Regelfout(rij.regel(), "SOORT_ONDERWIJS '%s' is onbekend; verwacht SO of VSO".formatted(rij.get("SOORT_ONDERWIJS"))));
            }
            var categorie = categorie(rij.get("BEKOSTIGINGSCATEGORIE"));
            if (categorie.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "BEKOSTIGINGSCATEGORIE '%s' is onbekend; verwacht laag, midden of hoog (of 1, 2, 3)"
                        .formatted(rij.get("BEKOSTIGINGSCATEGORIE"))));
            }
            var binnen = janee(rij.get("BINNEN_SWV"));
            if (binnen.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "BINNEN_SWV '%s' is geen ja of nee".formatted(rij.get("BINNEN_SWV"))));
            }
            var aantal = rij.get("AANTAL_LEERLINGEN").matches("\\d{1,9}") ? Integer.valueOf(rij.get("AANTAL_LEERLINGEN")) : null;
            if (aantal == null) {
                fouten.add(new Regelfout(rij.regel(), "AANTAL_LEERLINGEN '%s' is geen aantal (een heel getal, 0 of meer)".formatted(rij.get("AANTAL_LEERLINGEN"))));
            }
            if (peiljaar == null || peiljaar < 2000 || peiljaar > 2100 || !(soort.equals("SO") || soort.equals("VSO")) || categorie.isEmpty()
                    || binnen.isEmpty() || aantal == null) {
                continue;
            }
            if (!gezien.add(peiljaar + "/" + soort + "/" + categorie.get() + "/" + binnen.get())) {
                fouten.add(new Regelfout(rij.regel(), "deze regel staat er twee keer in (%d, %s, %s, %s het samenwerkingsverband)".formatted(peiljaar, soort,
                        categorie.get().name().toLowerCase(Locale.ROOT), binnen.get() ? "binnen" : "buiten")));
                continue;
            }
            perPeiljaar.computeIfAbsent(peiljaar, j -> new ArrayList<>()).add(new Regel(peiljaar, soort, categorie.get(), binnen.get(), aantal));
        }
        if (fouten.isEmpty() && perPeiljaar.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand heeft geen regels waarvoor samenwerkingsverband " + swv.waarde() + " betaalt (wel " + anderen
                    + " van anderen)"));
        }
        if (!fouten.isEmpty()) {
            return ImportRapport.afgewezen(csv.rijen().size(), fouten, List.of());
        }
        repository.vervangSoVsoTellingen(swv.waarde(), perPeiljaar, klok.instant());
        var samenvatting = new ArrayList<String>();
        perPeiljaar.forEach((jaar, regels) -> samenvatting.add("Peiljaar %d: %s leerlingen in het SO en %s in het VSO.".formatted(jaar,
                Getallen.aantal(som(regels, "SO")), Getallen.aantal(som(regels, "VSO")))));
        auditLog.schrijven(swv.waarde(), "so_vso_telling", String.join(",", perPeiljaar.keySet().stream().map(String::valueOf).toList()),
                "telling SO en VSO van DUO ingelezen: " + String.join(" ", samenvatting));
        return new ImportRapport(csv.rijen().size(), List.of(),
                anderen > 0 ? List.of(anderen + " regels van andere samenwerkingsverbanden of instellingen zijn overgeslagen.") : List.of(), samenvatting);
    }

    private static int som(List<Regel> regels, String soort) {
        return regels.stream().filter(r -> r.tlvSoort().equals(soort)).mapToInt(Regel::aantal).sum();
    }

    private static Optional<Bekostigingscategorie> categorie(String waarde) {
        return switch (waarde.strip().toUpperCase(Locale.ROOT).replace("CATEGORIE", "").strip()) {
            case "LAAG", "1" -> Optional.of(Bekostigingscategorie.LAAG);
            case "MIDDEN", "2" -> Optional.of(Bekostigingscategorie.MIDDEN);
            case "HOOG", "3" -> Optional.of(Bekostigingscategorie.HOOG);
            default -> Optional.empty();
        };
    }

    private static Optional<Boolean> janee(String waarde) {
        return switch (waarde.strip().toUpperCase(Locale.ROOT)) {
            case "JA", "J", "TRUE", "1" -> Optional.of(true);
            case "NEE", "N", "FALSE", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
