package nl.thuisnabij.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;

import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SWV's budget per funding year: its rules, its counts, and the overview computed from them. */
@Service
public class Budgetten {

    /** The budget of a year with the names of the schools it commits money to, and their boards. */
    public record Budgetoverzicht(Begroting begroting, Map<Long, String> scholen, Map<Long, String> besturen) {

        /** One board's schools together. */
        public record Bestuursregel(String bestuur, int scholen, int arrangementen, Bedrag verplicht, Bedrag gerealiseerd) {
        }

        public String school(long vestigingId) {
            return scholen.getOrDefault(vestigingId, "vestiging " + vestigingId);
        }

        public List<Bestuursregel> perBestuur() {
            var perBestuur = new java.util.TreeMap<String, Bestuursregel>();
            for (var s : begroting.perSchool()) {
                var bestuur = besturen.getOrDefault(s.vestigingId(), "onbekend bestuur");
                perBestuur.merge(bestuur, new Bestuursregel(bestuur, 1, s.arrangementen(), s.bedrag(), s.gerealiseerd()),
                        (a, b) -> new Bestuursregel(a.bestuur(), a.scholen() + b.scholen(), a.arrangementen() + b.arrangementen(),
                                a.verplicht().plus(b.verplicht()), a.gerealiseerd().plus(b.gerealiseerd())));
            }
            return List.copyOf(perBestuur.values());
        }
    }

    private final BudgetRepository repository;
    private final Leerlingen leerlingen;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    Budgetten(BudgetRepository repository, Leerlingen leerlingen, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Transactional(readOnly = true)
    public List<Bekostigingsjaar> jaren(SwvCode swv) {
        return repository.jaren(swv.waarde());
    }

    @Transactional(readOnly = true)
    public Optional<Bekostigingsregeling> regeling(SwvCode swv, Bekostigingsjaar jaar) {
        return repository.regeling(swv.waarde(), jaar);
    }

    @Transactional
    public void legRegelingVast(SwvCode swv, Bekostigingsregeling regeling, int gelezenVersie, Gebruiker door) {
        repository.bewaar(swv.waarde(), regeling, gelezenVersie, door.naam(), klok.instant());
        auditLog.schrijven(swv.waarde(), "bekostigingsregeling", regeling.jaar().waarde(), "bedragen en teldatum van " + regeling.jaar() + " vastgelegd");
    }

    @Transactional(readOnly = true)
    public List<Leerlingtelling> tellingen(SwvCode swv) {
        return repository.tellingen(swv.waarde());
    }

    /**
     * The division of a year's amount over the schools: the key (absent until one is set), the count
     * it uses (the previous count date, "T-1"), and what each school gets.
     */
    public record Verdeling(Bekostigingsjaar jaar, Verdeelsleutel sleutel, int peiljaar, List<Verdeelsleutel.Toewijzing> toewijzingen,
            Map<Long, String> scholen) {

        public String school(long vestigingId) {
            return scholen.getOrDefault(vestigingId, "vestiging " + vestigingId);
        }

        public Bedrag verdeeld() {
            return toewijzingen.stream().map(Verdeelsleutel.Toewijzing::totaal).reduce(Bedrag.NUL, Bedrag::plus);
        }
    }

    /** The real and the what-if budget of a year side by side. */
    public record WatAls(Begroting werkelijk, Begroting scenario) {
    }

    /** One year of the prognosis: the pupil count continued by its trend, the TLVs still running then, the amounts of the base year. */
    public record Prognosejaar(Bekostigingsjaar jaar, LocalDate teldatum, long leerlingen, boolean geteld, int tlvLeerlingen, Begroting begroting) {
    }

    private record Invoer(Bekostigingsregeling regeling, Leerlingtelling telling, List<Begroting.TlvOpTeldatum> tlvs,
            List<Begroting.TlvOpTeldatum> tlvsOpGroeidatum, List<Begroting.Verplichting> verplichtingen, List<Begroting.Realisatie> realisaties,
            List<Begroting.Kostenpost> eigenKosten) {

        Begroting bereken() {
            return Begroting.bereken(regeling, telling, tlvs, tlvsOpGroeidatum, verplichtingen, realisaties, eigenKosten);
        }
    }

    /**
     * The year's budget. The (V)SO pupils behind the deductions are read from the pupil register for
     * their age on the count date, and that read is logged.
     */
    @Transactional(readOnly = true)
    public Optional<Budgetoverzicht> overzicht(SwvCode swv, Bekostigingsjaar jaar) {
        return repository.regeling(swv.waarde(), jaar).map(regeling -> {
            var begroting = invoer(swv, regeling, repository.telling(swv.waarde(), regeling.teldatum().getYear())).bereken();
            var vestigingen = register.vestigingen(begroting.perSchool().stream().map(Begroting.Schoolverplichting::vestigingId).toList());
            return new Budgetoverzicht(begroting, vestigingen.stream().collect(Collectors.toMap(Vestiging::id, Vestiging::naam)),
                    vestigingen.stream().filter(v -> v.bevoegdGezagNaam() != null).collect(Collectors.toMap(Vestiging::id, Vestiging::bevoegdGezagNaam)));
        });
    }

    /** The year's budget with and without the scenario; only the inputs are copied and changed, nothing is stored. */
    @Transactional(readOnly = true)
    public Optional<WatAls> watAls(SwvCode swv, Bekostigingsjaar jaar, Scenario scenario) {
        return repository.regeling(swv.waarde(), jaar).map(regeling -> {
            var echt = invoer(swv, regeling, repository.telling(swv.waarde(), regeling.teldatum().getYear()));
            var anders = new Invoer(regeling, scenario.pasToe(echt.telling()), scenario.pasToe(echt.tlvs(), regeling.teldatum()), echt.tlvsOpGroeidatum(),
                    scenario.pasToe(echt.verplichtingen(), jaar), echt.realisaties(), echt.eigenKosten());
            return new WatAls(echt.bereken(), anders.bereken());
        });
    }

    /**
     * The coming years from this one: each year's pupil count as counted, or continued by the trend of
     * the last two counts; the (V)SO deductions of the TLVs that still run on that year's count date
     * (new ones will come); the commitments already made; the amounts of the base year.
     */
    @Transactional(readOnly = true)
    public List<Prognosejaar> prognose(SwvCode swv, Bekostigingsjaar basis, int jaren) {
        var regeling = repository.regeling(swv.waarde(), basis).orElse(null);
        if (regeling == null) {
            return List.of();
        }
        var tellingen = repository.tellingen(swv.waarde());
        var prognose = new ArrayList<Prognosejaar>();
        for (int k = 0; k < jaren; k++) {
            var jaar = basis.plusJaren(k);
            var teldatum = regeling.teldatum().plusYears(k);
            var verschoven = new Bekostigingsregeling(jaar, teldatum, regeling.sboDrempelProcent(), regeling.bron(), regeling.bedragen(), regeling.versie(),
                    regeling.groeiteldatum() == null ? null : regeling.groeiteldatum().plusYears(k));
            var geteld = tellingen.stream().filter(t -> t.peiljaar() == teldatum.getYear()).findFirst();
            var telling = geteld.orElseGet(() -> doorgetrokken(tellingen, teldatum.getYear()));
            var invoer = invoer(swv, verschoven, telling);
            prognose.add(new Prognosejaar(jaar, teldatum, telling.bekostigd(), geteld.isPresent(), invoer.tlvs().size(), invoer.bereken()));
        }
        return prognose;
    }

    /** The latest count continued by the yearly change between the last two counts (no change with one count, nothing without any). */
    static Leerlingtelling doorgetrokken(List<Leerlingtelling> tellingen, int peiljaar) {
        var oplopend = tellingen.stream().sorted(java.util.Comparator.comparingInt(Leerlingtelling::peiljaar)).toList();
        if (oplopend.isEmpty()) {
            return new Leerlingtelling(peiljaar, Map.of());
        }
        var laatste = oplopend.getLast();
        var vorige = oplopend.size() > 1 ? oplopend.get(oplopend.size() - 2) : laatste;
        var aantallen = new java.util.EnumMap<TypePo, Integer>(TypePo.class);
        for (var type : TypePo.values()) {
            double perJaar = laatste == vorige ? 0 : (double) (laatste.aantal(type) - vorige.aantal(type)) / (laatste.peiljaar() - vorige.peiljaar());
            aantallen.put(type, (int) Math.max(0, Math.round(laatste.aantal(type) + perJaar * (peiljaar - laatste.peiljaar()))));
        }
        return new Leerlingtelling(peiljaar, aantallen);
    }

    private Invoer invoer(SwvCode swv, Bekostigingsregeling regeling, Leerlingtelling telling) {
        var tlvs = repository.tlvsOp(swv.waarde(), regeling.teldatum());
        var groei = regeling.groeiteldatum() == null ? List.<Begroting.TlvOpTeldatum>of() : repository.tlvsOp(swv.waarde(), regeling.groeiteldatum());
        var gelezen = leerlingen.vindAlle(swv, java.util.stream.Stream.concat(tlvs.stream(), groei.stream()).map(Begroting.TlvOpTeldatum::leerlingId)
                .distinct().toList(), "budget " + regeling.jaar() + ": leerlingen achter de inhoudingen van DUO");
        java.util.function.Function<Begroting.TlvOpTeldatum, Begroting.TlvOpTeldatum> compleet = t -> {
            var leerling = gelezen.get(t.leerlingId());
            return new Begroting.TlvOpTeldatum(t.aanvraagId(), t.leerlingId(), leerling == null ? null : leerling.naam(),
                    leerling == null ? null : leerling.geboortedatum(), t.tlvSoort(), t.categorie(), t.startdatum(), t.einddatum());
        };
        return new Invoer(regeling, telling, tlvs.stream().map(compleet).toList(), groei.stream().map(compleet).toList(),
                repository.verplichtingen(swv.waarde(), regeling.jaar().begin(), regeling.jaar().einde()),
                repository.realisaties(swv.waarde(), regeling.jaar().begin(), regeling.jaar().einde()),
                repository.eigenKosten(swv.waarde(), regeling.jaar()));
    }

    @Transactional
    public void voegKostenToe(SwvCode swv, Bekostigingsjaar jaar, String omschrijving, Bedrag bedrag, Gebruiker door) {
        if (omschrijving == null || omschrijving.isBlank()) {
            throw new nl.thuisnabij.shared.OngeldigeInvoerException("omschrijving", "beschrijf de kosten, bijvoorbeeld: personeel van het loket");
        }
        if (repository.regeling(swv.waarde(), jaar).isEmpty()) {
            throw new nl.thuisnabij.shared.OngeldigeInvoerException("jaar", "voer eerst de bedragen van " + jaar + " in");
        }
        long id = repository.voegKostenToe(swv.waarde(), jaar, omschrijving.strip(), bedrag, door.naam(), klok.instant());
        auditLog.schrijven(swv.waarde(), "eigen kosten", String.valueOf(id), "eigen kosten " + jaar + " toegevoegd: " + omschrijving.strip() + " " + bedrag);
    }

    @Transactional
    public void verwijderKosten(SwvCode swv, long id) {
        if (!repository.verwijderKosten(swv.waarde(), id)) {
            throw new nl.thuisnabij.shared.NietGevondenException("deze kostenpost bestaat niet (meer)");
        }
        auditLog.schrijven(swv.waarde(), "eigen kosten", String.valueOf(id), "eigen kosten verwijderd");
    }

    /** The year's division as set; {@code voorbeeld} shows another key on the same schools without storing it. */
    @Transactional(readOnly = true)
    public Optional<Verdeling> verdeling(SwvCode swv, Bekostigingsjaar jaar, Optional<Verdeelsleutel> voorbeeld) {
        return repository.regeling(swv.waarde(), jaar).map(regeling -> {
            int peiljaar = regeling.teldatum().getYear() - 1;
            var scholen = repository.scholenInDeSleutel(swv.waarde(), peiljaar);
            var sleutel = voorbeeld.or(() -> repository.verdeelsleutel(swv.waarde(), jaar)).orElse(null);
            var namen = register.vestigingen(scholen.stream().map(Verdeelsleutel.School::vestigingId).toList()).stream()
                    .collect(Collectors.toMap(Vestiging::id, Vestiging::naam));
            return new Verdeling(jaar, sleutel, peiljaar, sleutel == null ? List.of() : sleutel.verdeel(scholen), namen);
        });
    }

    /** Sets the year's key; one that cannot divide the amount (a base larger than the amount) is refused before anything is stored. */
    @Transactional
    public void legVerdeelsleutelVast(SwvCode swv, Bekostigingsjaar jaar, Verdeelsleutel sleutel, int gelezenVersie, Gebruiker door) {
        var regeling = repository.regeling(swv.waarde(), jaar)
                .orElseThrow(() -> new nl.thuisnabij.shared.OngeldigeInvoerException("jaar", "voer eerst de bedragen van " + jaar + " in"));
        sleutel.verdeel(repository.scholenInDeSleutel(swv.waarde(), regeling.teldatum().getYear() - 1));
        repository.bewaar(swv.waarde(), jaar, sleutel, gelezenVersie, door.naam(), klok.instant());
        auditLog.schrijven(swv.waarde(), "verdeelsleutel", jaar.waarde(), "verdeelsleutel van " + jaar + " vastgelegd: " + sleutel.teVerdelen()
                + ", vast per school " + sleutel.vastPerSchool() + (sleutel.gewogen() ? ", gewogen" : ""));
    }

    /** The overview as a report for the board, the OPR and the accountant: figures only, no pupils. */
    public static Rapport alsRapport(String swvNaam, Budgetoverzicht overzicht) {
        var b = overzicht.begroting();
        var kolommen = List.of("Post", "Aantal", "Bedrag per stuk", "Totaal");
        var totalen = List.of(
                List.of("Baten", "", "", b.totaalBaten().toString()),
                List.of("Inhoudingen door DUO", "", "", b.totaalInhoudingen().toString()),
                List.of("Beschikbaar", "", "", b.beschikbaar().toString()),
                List.of("Verplicht in arrangementen", "", "", b.verplicht().toString()),
                List.of("Eigen kosten", "", "", b.totaalEigenKosten().toString()),
                List.of("Gerealiseerd (betaald)", "", "", b.gerealiseerd().toString()),
                List.of("Nog vrij", "", "", b.nogVrij().toString()));
        var scholen = new ArrayList<List<String>>();
        b.perSchool().forEach(s -> scholen.add(List.of(overzicht.school(s.vestigingId()), String.valueOf(s.arrangementen()), s.bedrag().toString(),
                s.gerealiseerd().toString())));
        var besturen = overzicht.perBestuur().stream().map(r -> List.of(r.bestuur(), String.valueOf(r.scholen()), String.valueOf(r.arrangementen()),
                r.verplicht().toString(), r.gerealiseerd().toString())).toList();
        return new Rapport("Budget " + swvNaam + " " + b.jaar(), "Teldatum " + Datumnotatie.kort(b.teldatum()) + ", leerlingtelling van peiljaar "
                + b.telling().peiljaar() + ". Bedragen in euro's; een arrangement telt mee voor het deel van zijn looptijd in dit jaar.",
                List.of(new Rapport.Tabel("Overzicht", kolommen, totalen),
                        new Rapport.Tabel("Baten", kolommen, regels(b.baten())),
                        new Rapport.Tabel("Inhoudingen door DUO", kolommen, regels(b.inhoudingen())),
                        new Rapport.Tabel("Verplichtingen per school", List.of("School", "Arrangementen", "Verplicht in dit jaar", "Gerealiseerd"), scholen),
                        new Rapport.Tabel("Per bestuur", List.of("Bestuur", "Scholen", "Arrangementen", "Verplicht in dit jaar", "Gerealiseerd"), besturen)));
    }

    private static List<List<String>> regels(List<Begroting.Regel> regels) {
        return regels.stream().map(r -> List.of(r.omschrijving(), Getallen.aantal(r.aantal()), r.perStuk().toString(), r.totaal().toString())).toList();
    }

}
