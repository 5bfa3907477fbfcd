package nl.thuisnabij.budget;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.budget.persistence.SoVsoTellingRepository;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares DUO's list of the (V)SO pupils it funds on a count date with a TLV of this SWV (and so
 * deducts from its budget) with the SWV's own TLVs running on that date, and lists every difference:
 * in DUO's list but not ours, ours but not DUO's, another category, other dates. SWVs do this by hand
 * in spreadsheets today. The file is read whole or not at all; nothing is stored.
 * The layout is described in docs/duo-bekostigde-leerlingen.md. Before that list, DUO's counts per
 * category ({@link #perCategorie}) are set beside the same register.
 */
@Service
public class DuoVergelijking {

    static final List<String> KOLOMMEN = List.of("TELDATUM", "PERSOONSNUMMER", "BESCHIKKINGSNUMMER", "BEGINDATUM_TLV", "VESTIGING");

    public enum Soort {
        ALLEEN_BIJ_DUO("Bij DUO, niet in het eigen register"),
        ALLEEN_BIJ_ONS("In het eigen register, niet bij DUO"),
        ANDERE_CATEGORIE("Andere bekostigingscategorie"),
        ANDERE_DATUM("Andere begin- of einddatum");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** One difference; {@code regel} is the line in DUO's file (0 for a TLV DUO does not have). */
    public record Verschil(Soort soort, int regel, Long aanvraagId, String leerling, String bijDuo, String bijOns) {
    }

    public record Uitkomst(ImportRapport rapport, LocalDate teldatum, int overeen, List<Verschil> verschillen) {

        public Uitkomst {
            verschillen = List.copyOf(verschillen);
        }
    }

    private record DuoRegel(int regel, String persoonsnummer, Long aanvraagId, LocalDate begin, LocalDate einde, Bekostigingscategorie categorie,
            String vestiging) {
    }

    private final BudgetRepository repository;
    private final SoVsoTellingRepository tellingen;
    private final Leerlingen leerlingen;

    DuoVergelijking(BudgetRepository repository, SoVsoTellingRepository tellingen, Leerlingen leerlingen) {
        this.repository = repository;
        this.tellingen = tellingen;
        this.leerlingen = leerlingen;
    }

    /**
     * DUO's (V)SO counts per year beside the TLVs of the SWV's own register that ran on 1 October of
     * that year, per kind and category: where they differ, a TLV is missing on one side or has
     * another category.
     */
    @Transactional(readOnly = true)
    public List<SoVsoTelling> perCategorie(SwvCode swv) {
        var perJaar = new java.util.LinkedHashMap<Integer, List<SoVsoTellingImport.Regel>>();
        tellingen.soVsoTellingen(swv.waarde()).forEach(r -> perJaar.computeIfAbsent(r.peiljaar(), j -> new java.util.ArrayList<>()).add(r));
        var tellingen = new java.util.ArrayList<SoVsoTelling>();
        perJaar.forEach((jaar, regels) -> {
            var register = repository.tlvsOp(swv.waarde(), LocalDate.of(jaar, 10, 1));
            for (var soort : List.of("SO", "VSO")) {
                for (var categorie : nl.thuisnabij.aanvraag.Bekostigingscategorie.values()) {
                    var hier = regels.stream().filter(r -> r.tlvSoort().equals(soort) && r.categorie() == categorie).toList();
                    int eigen = (int) register.stream().filter(t -> t.tlvSoort().equals(soort) && t.categorie() == categorie).count();
                    if (!hier.isEmpty() || eigen > 0) {
                        tellingen.add(new SoVsoTelling(jaar, soort, categorie, hier.stream().mapToInt(SoVsoTellingImport.Regel::aantal).sum(),
                                hier.stream().filter(r -> !r.binnenSwv()).mapToInt(SoVsoTellingImport.Regel::aantal).sum(), eigen));
                    }
                }
            }
        });
        return tellingen;
    }

    @Transactional(readOnly = true)
    public Uitkomst vergelijk(SwvCode swv, InputStream bestand) {
        CsvBestand csv;
        try {
            csv = CsvBestand.lees(bestand, KOLOMMEN, String.join(", ", KOLOMMEN) + " (en eventueel BEKOSTIGINGSCATEGORIE en EINDDATUM_TLV)");
        } catch (CsvBestand.Onleesbaar e) {
            return geweigerd(0, List.of(e.regelfout()));
        }
        var fouten = new ArrayList<Regelfout>();
        var regels = new ArrayList<DuoRegel>();
        LocalDate teldatum = null;
        var kenmerk = Pattern.compile(Pattern.quote(swv.waarde()) + "-(\\d{1,18})-\\d{1,4}");
        for (var rij : csv.rijen()) {
            int fouteVelden = fouten.size();
            var dag = Bestandsdatum.lees(rij.get("TELDATUM"));
            if (dag.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "TELDATUM '%s' is geen datum zoals 20241001 of 1-10-2024".formatted(rij.get("TELDATUM"))));
            } else if (teldatum == null) {
                teldatum = dag.get();
            } else if (!teldatum.equals(dag.get())) {
                fouten.add(new Regelfout(rij.regel(), "alle regels hebben dezelfde teldatum (%s); vergelijk één teldatum per bestand"
                        .formatted(Datumnotatie.kort(teldatum))));
            }
            var nummer = rij.get("PERSOONSNUMMER");
            if (!nummer.matches("\\d{9}")) {
                fouten.add(new Regelfout(rij.regel(), "PERSOONSNUMMER is geen BSN of onderwijsnummer van negen cijfers"));
            }
            var begin = Bestandsdatum.lees(rij.get("BEGINDATUM_TLV"));
            if (begin.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "BEGINDATUM_TLV '%s' is geen datum".formatted(rij.get("BEGINDATUM_TLV"))));
            }
            var eindeTekst = rij.get("EINDDATUM_TLV");
            var einde = eindeTekst.isEmpty() ? Optional.<LocalDate>empty() : Bestandsdatum.lees(eindeTekst);
            if (!eindeTekst.isEmpty() && einde.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "EINDDATUM_TLV '%s' is geen datum".formatted(eindeTekst)));
            }
            var categorieTekst = rij.get("BEKOSTIGINGSCATEGORIE");
            var categorie = categorie(categorieTekst);
            if (!categorieTekst.isEmpty() && categorie.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "BEKOSTIGINGSCATEGORIE '%s' is onbekend; verwacht 1, 2, 3 of laag, midden, hoog".formatted(categorieTekst)));
            }
            if (rij.get("VESTIGING").isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "VESTIGING is leeg; verwacht de BRIN en het vestigingsnummer van de (V)SO-school"));
            }
            if (fouten.size() == fouteVelden) {
                var gevonden = kenmerk.matcher(rij.get("BESCHIKKINGSNUMMER"));
                regels.add(new DuoRegel(rij.regel(), nummer, gevonden.matches() ? Long.valueOf(gevonden.group(1)) : null, begin.orElseThrow(),
                        einde.orElse(null), categorie.orElse(null), rij.get("VESTIGING")));
            }
        }
        if (fouten.isEmpty() && regels.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand heeft geen leerlingen"));
        }
        if (!fouten.isEmpty()) {
            return geweigerd(csv.rijen().size(), fouten);
        }
        return vergelijk(swv, teldatum, regels, csv.rijen().size());
    }

    private Uitkomst vergelijk(SwvCode swv, LocalDate teldatum, List<DuoRegel> duo, int aantalRegels) {
        var ons = new LinkedHashMap<Long, Begroting.TlvOpTeldatum>();
        repository.tlvsOp(swv.waarde(), teldatum).forEach(t -> ons.put(t.aanvraagId(), t));
        var pupils = leerlingen.vindAlle(swv, ons.values().stream().map(Begroting.TlvOpTeldatum::leerlingId).distinct().toList(),
                "budget: vergelijking met de bekostigde leerlingen van DUO op " + Datumnotatie.kort(teldatum));
        var perNummer = new HashMap<String, List<Long>>();
        ons.values().forEach(t -> Optional.ofNullable(pupils.get(t.leerlingId())).map(Leerling::persoonsnummer)
                .ifPresent(p -> perNummer.computeIfAbsent(p.nummer(), n -> new ArrayList<>()).add(t.aanvraagId())));

        var gekoppeld = new HashSet<Long>();
        var verschillen = new ArrayList<Verschil>();
        int overeen = 0;
        for (var regel : duo) {
            var match = Optional.ofNullable(regel.aanvraagId()).filter(ons::containsKey)
                    .or(() -> perNummer.getOrDefault(regel.persoonsnummer(), List.of()).stream().filter(id -> !gekoppeld.contains(id))
                            .min(java.util.Comparator.comparing(id -> !ons.get(id).startdatum().equals(regel.begin()))));
            if (match.isEmpty()) {
                verschillen.add(new Verschil(Soort.ALLEEN_BIJ_DUO, regel.regel(), regel.aanvraagId(), "persoonsnummer *****" + regel.persoonsnummer().substring(5),
                        beschrijf(regel.begin(), regel.einde(), regel.categorie()) + ", " + regel.vestiging(), "—"));
                continue;
            }
            var tlv = ons.get(match.get());
            gekoppeld.add(tlv.aanvraagId());
            var naam = naam(pupils.get(tlv.leerlingId()), tlv);
            var bijDuo = beschrijf(regel.begin(), regel.einde(), regel.categorie());
            var bijOns = beschrijf(tlv.startdatum(), tlv.einddatum(), tlv.categorie());
            if (regel.categorie() != null && regel.categorie() != tlv.categorie()) {
                verschillen.add(new Verschil(Soort.ANDERE_CATEGORIE, regel.regel(), tlv.aanvraagId(), naam, bijDuo, bijOns));
            } else if (!regel.begin().equals(tlv.startdatum()) || (regel.einde() != null && !regel.einde().equals(tlv.einddatum()))) {
                verschillen.add(new Verschil(Soort.ANDERE_DATUM, regel.regel(), tlv.aanvraagId(), naam, bijDuo, bijOns));
            } else {
                overeen++;
            }
        }
        ons.values().stream().filter(t -> !gekoppeld.contains(t.aanvraagId())).forEach(t -> verschillen.add(new Verschil(Soort.ALLEEN_BIJ_ONS, 0,
                t.aanvraagId(), naam(pupils.get(t.leerlingId()), t), "—", beschrijf(t.startdatum(), t.einddatum(), t.categorie()))));
        var samenvatting = List.of("Teldatum %s: %d leerlingen bij DUO, %d lopende TLV's (V)SO in het eigen register; %d komen overeen, %d verschillen."
                .formatted(Datumnotatie.kort(teldatum), duo.size(), ons.size(), overeen, verschillen.size()));
        return new Uitkomst(new ImportRapport(aantalRegels, List.of(), List.of(), samenvatting), teldatum, overeen, verschillen);
    }

    private static String naam(Leerling leerling, Begroting.TlvOpTeldatum tlv) {
        return leerling == null ? "leerling " + tlv.leerlingId() : leerling.naam();
    }

    private static String beschrijf(LocalDate begin, LocalDate einde, Bekostigingscategorie categorie) {
        return Datumnotatie.kort(begin) + " t/m " + (einde == null ? "?" : Datumnotatie.kort(einde))
                + (categorie == null ? "" : ", " + categorie.name().toLowerCase(Locale.ROOT));
    }

    private static Uitkomst geweigerd(int regels, List<Regelfout> fouten) {
        return new Uitkomst(ImportRapport.afgewezen(regels, fouten, List.of()), null, 0, List.of());
    }

    private static Optional<Bekostigingscategorie> categorie(String tekst) {
        return switch (tekst.toUpperCase(Locale.ROOT)) {
            case "1", "LAAG" -> Optional.of(Bekostigingscategorie.LAAG);
            case "2", "MIDDEN" -> Optional.of(Bekostigingscategorie.MIDDEN);
            case "3", "HOOG" -> Optional.of(Bekostigingscategorie.HOOG);
            default -> Optional.empty();
        };
    }
}
