package nl.thuisnabij.budget;

import java.time.Clock;
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

import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SWV's budget per funding year: its rules, its counts, and the overview computed from them. */
@Service
public class Budgetten {

    /** The budget of a year with the names of the schools it commits money to. */
    public record Budgetoverzicht(Begroting begroting, Map<Long, String> scholen) {

        public String school(long vestigingId) {
            return scholen.getOrDefault(vestigingId, "vestiging " + vestigingId);
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
     * The year's budget. The (V)SO pupils behind the deductions are read from the pupil register for
     * their age on the count date, and that read is logged.
     */
    @Transactional(readOnly = true)
    public Optional<Budgetoverzicht> overzicht(SwvCode swv, Bekostigingsjaar jaar) {
        return repository.regeling(swv.waarde(), jaar).map(regeling -> {
            var telling = repository.telling(swv.waarde(), regeling.teldatum().getYear());
            var tlvs = repository.tlvsOp(swv.waarde(), regeling.teldatum());
            var gelezen = leerlingen.vindAlle(swv, tlvs.stream().map(Begroting.TlvOpTeldatum::leerlingId).distinct().toList(),
                    "budget " + jaar + ": leerlingen achter de inhoudingen van DUO");
            var compleet = tlvs.stream().map(t -> {
                var leerling = gelezen.get(t.leerlingId());
                return new Begroting.TlvOpTeldatum(t.aanvraagId(), t.leerlingId(), leerling == null ? null : leerling.naam(),
                        leerling == null ? null : leerling.geboortedatum(), t.tlvSoort(), t.categorie(), t.startdatum(), t.einddatum());
            }).toList();
            var begroting = Begroting.bereken(regeling, telling, compleet, repository.verplichtingen(swv.waarde(), jaar.begin(), jaar.einde()));
            var scholen = register.vestigingen(begroting.perSchool().stream().map(Begroting.Schoolverplichting::vestigingId).toList()).stream()
                    .collect(Collectors.toMap(Vestiging::id, Vestiging::naam));
            return new Budgetoverzicht(begroting, scholen);
        });
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
                List.of("Nog vrij", "", "", b.nogVrij().toString()));
        var scholen = new ArrayList<List<String>>();
        b.perSchool().forEach(s -> scholen.add(List.of(overzicht.school(s.vestigingId()), String.valueOf(s.arrangementen()), s.bedrag().toString())));
        return new Rapport("Budget " + swvNaam + " " + b.jaar(), "Teldatum " + Datumnotatie.kort(b.teldatum()) + ", leerlingtelling van peiljaar "
                + b.telling().peiljaar() + ". Bedragen in euro's; een arrangement telt mee voor het deel van zijn looptijd in dit jaar.",
                List.of(new Rapport.Tabel("Overzicht", kolommen, totalen),
                        new Rapport.Tabel("Baten", kolommen, regels(b.baten())),
                        new Rapport.Tabel("Inhoudingen door DUO", kolommen, regels(b.inhoudingen())),
                        new Rapport.Tabel("Verplichtingen per school", List.of("School", "Arrangementen", "Bedrag in dit jaar"), scholen)));
    }

    private static List<List<String>> regels(List<Begroting.Regel> regels) {
        return regels.stream().map(r -> List.of(r.omschrijving(), Getallen.aantal(r.aantal()), r.perStuk().toString(), r.totaal().toString())).toList();
    }

}
