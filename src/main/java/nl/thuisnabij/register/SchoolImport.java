package nl.thuisnabij.register;

import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.persistence.LandelijkSwvRepository;
import nl.thuisnabij.register.persistence.SchoolImportRepository;
import nl.thuisnabij.register.persistence.SchoolImportRepository.VestigingRegel;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports schoolbesturen, schools and their sites from a CSV in the layout of DUO's open data of
 * school addresses (columns in docs/import-scholen.md). All or nothing: one bad line and nothing
 * is written, with every bad line reported. Each site joins the SWV of its postcode for its sector,
 * unless its school joined a landelijk SWV of that sector (WPO 18a lid 15, WVO 17a lid 16).
 */
@Service
public class SchoolImport {

    static final String BEVOEGD_GEZAG = "BEVOEGD GEZAG NUMMER";
    static final String BEVOEGD_GEZAG_NAAM = "BEVOEGD GEZAG NAAM";
    static final String BRIN = "INSTELLINGSCODE";
    static final String VESTIGINGSCODE = "VESTIGINGSCODE";
    static final String NAAM = "VESTIGINGSNAAM";
    static final String STRAAT = "STRAATNAAM";
    static final String HUISNUMMER = "HUISNUMMER-TOEVOEGING";
    static final String POSTCODE = "POSTCODE";
    static final String PLAATS = "PLAATSNAAM";
    static final String SOORT = "SOORT ONDERWIJS";
    static final String CLUSTER = "CLUSTER";
    static final String STRUCTUUR = "ONDERWIJSSTRUCTUUR";
    static final String GEMEENTE = "GEMEENTENAAM";
    static final List<String> VERPLICHTE_KOLOMMEN = List.of(BEVOEGD_GEZAG, BRIN, VESTIGINGSCODE, NAAM, STRAAT, HUISNUMMER,
            POSTCODE, PLAATS, SOORT);
    static final Set<String> NIVEAUS = Set.of("VMBO-B", "VMBO-K", "VMBO-GT", "HAVO", "VWO");

    private final SchoolImportRepository repository;
    private final LandelijkSwvRepository landelijk;
    private final AuditLog auditLog;

    SchoolImport(SchoolImportRepository repository, LandelijkSwvRepository landelijk, AuditLog auditLog) {
        this.repository = repository;
        this.landelijk = landelijk;
        this.auditLog = auditLog;
    }

    /** The national import: every SWV. */
    @Transactional
    public ImportRapport importeer(InputStream invoer) {
        return importeer(invoer, Optional.empty());
    }

    /** An SWV's own import: a site that belongs to another SWV is an error. */
    @Transactional
    public ImportRapport importeerVoor(SwvCode swv, InputStream invoer) {
        return importeer(invoer, Optional.of(swv));
    }

    private ImportRapport importeer(InputStream invoer, Optional<SwvCode> alleenVoor) {
        CsvBestand bestand;
        try {
            bestand = CsvBestand.lees(invoer);
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var ontbrekend = bestand.ontbrekendeKolommen(VERPLICHTE_KOLOMMEN);
        if (!ontbrekend.isEmpty()) {
            return ImportRapport.afgewezen(0, List.of(new Regelfout(1, "verplichte kolom(men) ontbreken: " + String.join(", ", ontbrekend))),
                    List.of());
        }
        var gebieden = repository.postcodegebieden();
        var landelijkeLeden = landelijk.ledenPerBrinEnSector();
        var bestaandeBesturen = repository.bestaandeBesturenPerBrin();
        var fouten = new ArrayList<Regelfout>();
        var meldingen = new ArrayList<String>();
        var regels = new ArrayList<VestigingRegel>();
        var gezien = new HashMap<String, Integer>();
        var bestuurPerBrin = new HashMap<String, String>();
        for (var rij : bestand.rijen()) {
            var regel = new RegelLezer(rij, fouten).lees(gebieden, landelijkeLeden, alleenVoor, meldingen);
            if (regel == null) {
                continue;
            }
            var code = regel.brin() + regel.vestigingsnummer();
            var eerder = gezien.putIfAbsent(code, rij.regel());
            if (eerder != null) {
                fouten.add(new Regelfout(rij.regel(), "vestiging %s staat ook op regel %d".formatted(code, eerder)));
                continue;
            }
            var bestuur = bestuurPerBrin.putIfAbsent(regel.brin(), regel.bevoegdGezag());
            if (bestuur != null && !bestuur.equals(regel.bevoegdGezag())) {
                fouten.add(new Regelfout(rij.regel(), "BRIN %s hoort in dit bestand al bij bevoegd gezag %s, niet bij %s"
                        .formatted(regel.brin(), bestuur, regel.bevoegdGezag())));
                continue;
            }
            var bestaandBestuur = bestaandeBesturen.get(regel.brin());
            if (alleenVoor.isPresent() && bestaandBestuur != null && !bestaandBestuur.equals(regel.bevoegdGezag())) {
                fouten.add(new Regelfout(rij.regel(), "BRIN %s is geregistreerd bij bevoegd gezag %s; een bestuurswissel verwerkt de landelijke import"
                        .formatted(regel.brin(), bestaandBestuur)));
                continue;
            }
            regels.add(regel);
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand bevat geen vestigingen"));
        }
        if (!fouten.isEmpty()) {
            return ImportRapport.afgewezen(bestand.rijen().size(), fouten, meldingen);
        }
        var bestaand = repository.bestaandeVestigingscodes();
        long nieuw = regels.stream().filter(r -> !bestaand.contains(r.brin() + r.vestigingsnummer())).count();
        repository.schrijf(regels);
        var samenvatting = List.of("%d vestigingen ingelezen: %d nieuw, %d bijgewerkt".formatted(regels.size(), nieuw,
                regels.size() - nieuw));
        auditLog.schrijven(alleenVoor.map(SwvCode::waarde).orElse(null), "vestiging", null,
                "scholenimport: " + samenvatting.getFirst());
        return new ImportRapport(bestand.rijen().size(), List.of(), meldingen, samenvatting);
    }

    /** Checks one line, collecting every problem on it rather than stopping at the first. */
    private record RegelLezer(CsvBestand.Rij rij, List<Regelfout> fouten) {

        VestigingRegel lees(Map<String, SchoolImportRepository.Gebied> gebieden, Map<String, String> landelijkeLeden, Optional<SwvCode> alleenVoor,
                List<String> meldingen) {
            int vooraf = fouten.size();
            var bevoegdGezag = rij.get(BEVOEGD_GEZAG);
            if (!bevoegdGezag.matches("\\d{5}")) {
                fout("bevoegd gezag nummer '%s' is ongeldig: verwacht vijf cijfers".formatted(bevoegdGezag));
            }
            var brin = probeer(() -> new Brin(rij.get(BRIN).toUpperCase(Locale.ROOT)).waarde());
            var vestigingsnummer = vestigingsnummer(rij.get(VESTIGINGSCODE).toUpperCase(Locale.ROOT), brin);
            var naam = verplicht(NAAM, "vestigingsnaam");
            var straat = verplicht(STRAAT, "straatnaam");
            var huisnummer = verplicht(HUISNUMMER, "huisnummer");
            var plaats = verplicht(PLAATS, "plaatsnaam");
            var postcode = probeer(() -> Postcode.volledig(rij.get(POSTCODE)));
            var soort = probeer(() -> Schoolsoort.parse(rij.get(SOORT)));
            var cluster = soort == null ? null : cluster(soort);
            var niveaus = soort == null ? List.<String>of() : niveaus(soort);
            String swv = null;
            if (postcode != null && soort != null) {
                var gebied = gebieden.get(postcode.pc4());
                if (gebied == null) {
                    fout("postcode %s komt niet voor in de regio-indeling".formatted(postcode));
                } else {
                    var landelijkSwv = brin == null ? null : landelijkeLeden.get(brin + soort.sector());
                    swv = landelijkSwv != null ? landelijkSwv : soort.sector() == Sector.PO ? gebied.swvPo() : gebied.swvVo();
                    if (swv == null) {
                        fout("postcode %s valt onder geen samenwerkingsverband %s".formatted(postcode, soort.sector()));
                    } else if (alleenVoor.isPresent() && !alleenVoor.get().waarde().equals(swv)) {
                        fout(landelijkSwv != null ? "school %s hoort bij landelijk samenwerkingsverband %s, niet bij %s".formatted(brin, swv, alleenVoor.get())
                                : "vestiging in postcode %s hoort bij samenwerkingsverband %s, niet bij %s".formatted(postcode, swv, alleenVoor.get()));
                    }
                    var opgegevenGemeente = rij.get(GEMEENTE);
                    if (!opgegevenGemeente.isEmpty() && !opgegevenGemeente.equalsIgnoreCase(gebied.gemeente())) {
                        meldingen.add("regel %d: gemeente '%s' wijkt af van de regio-indeling (%s); de regio-indeling geldt"
                                .formatted(rij.regel(), opgegevenGemeente, gebied.gemeente()));
                    }
                }
            }
            if (fouten.size() > vooraf) {
                return null;
            }
            return new VestigingRegel(bevoegdGezag, emptyIsNull(rij.get(BEVOEGD_GEZAG_NAAM)), brin, vestigingsnummer, naam,
                    straat, huisnummer, postcode.compact(), plaats, soort.name(), cluster, niveaus, swv);
        }

        private String vestigingsnummer(String code, String brin) {
            if (code.matches("\\d{2}")) {
                return code;
            }
            if (code.matches("\\d{2}[A-Z]{2}\\d{2}")) {
                if (brin != null && !code.startsWith(brin)) {
                    fout("vestigingscode '%s' hoort niet bij BRIN %s".formatted(code, brin));
                    return null;
                }
                return code.substring(4);
            }
            fout("vestigingscode '%s' is ongeldig: verwacht BRIN plus twee cijfers (12AB00) of twee cijfers".formatted(code));
            return null;
        }

        private Integer cluster(Schoolsoort soort) {
            var tekst = rij.get(CLUSTER);
            if (!soort.isSpeciaalOnderwijs()) {
                if (!tekst.isEmpty()) {
                    fout("een cluster hoort alleen bij SO en VSO, niet bij " + soort);
                }
                return null;
            }
            return switch (tekst) {
                case "3" -> 3;
                case "4" -> 4;
                case "1", "2" -> {
                    fout("scholen van cluster %s zijn geen lid van een samenwerkingsverband".formatted(tekst));
                    yield null;
                }
                default -> {
                    fout("cluster '%s' is ongeldig: %s vraagt cluster 3 of 4".formatted(tekst, soort));
                    yield null;
                }
            };
        }

        private List<String> niveaus(Schoolsoort soort) {
            var tekst = rij.get(STRUCTUUR).toUpperCase(Locale.ROOT);
            if (tekst.isEmpty()) {
                return List.of();
            }
            if (soort != Schoolsoort.VO) {
                fout("onderwijsstructuur hoort alleen bij VO, niet bij " + soort);
                return List.of();
            }
            var niveaus = new ArrayList<String>();
            for (var niveau : tekst.split("[/,]")) {
                var schoon = niveau.trim();
                if (!NIVEAUS.contains(schoon)) {
                    fout("onderwijsstructuur '%s' is onbekend: verwacht VMBO-B, VMBO-K, VMBO-GT, HAVO of VWO".formatted(schoon));
                } else if (!niveaus.contains(schoon)) {
                    niveaus.add(schoon);
                }
            }
            return List.copyOf(niveaus);
        }

        private String verplicht(String kolom, String omschrijving) {
            var waarde = rij.get(kolom);
            if (waarde.isEmpty()) {
                fout(omschrijving + " ontbreekt");
            }
            return waarde;
        }

        private <T> T probeer(java.util.function.Supplier<T> lezer) {
            try {
                return lezer.get();
            } catch (OngeldigeInvoerException e) {
                fout(e.getMessage());
                return null;
            }
        }

        private void fout(String bericht) {
            fouten.add(new Regelfout(rij.regel(), bericht));
        }

        private static String emptyIsNull(String tekst) {
            return tekst.isEmpty() ? null : tekst;
        }
    }
}
