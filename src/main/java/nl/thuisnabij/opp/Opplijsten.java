package nl.thuisnabij.opp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.opp.persistence.OppRepository;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.Pagina;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPP lists: the school's and the SWV's, a page at a time in the order of the next term; the
 * parents' children's; the pupils who should have an OPP and have none. Each list is read and
 * audit-logged once.
 */
@Service
public class Opplijsten {

    private final OppRepository repository;
    private final Leerlingen leerlingen;
    private final Oppwerk werk;
    private final AuditLog auditLog;

    Opplijsten(OppRepository repository, Leerlingen leerlingen, Oppwerk werk, AuditLog auditLog) {
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.werk = werk;
        this.auditLog = auditLog;
    }

    /** The school's OPPs, a page at a time, the nearest term (and so every overdue one) first. */
    @Transactional(readOnly = true)
    public Pagina<Opps.Overzicht> vanVestiging(SwvCode swv, long vestigingId, Gebruiker kijker, Long na) {
        return pagina(swv, repository.findPaginaVanVestiging(swv, vestigingId, na == null ? Long.MIN_VALUE : na, Pagina.GROOTTE + 1), kijker,
                "OPP's van de school");
    }

    /** The OPPs the SWV may see — of pupils for whom it has a case — a page at a time, the nearest term first. */
    @Transactional(readOnly = true)
    public Pagina<Opps.Overzicht> vanSwv(SwvCode swv, Gebruiker kijker, Long na) {
        return pagina(swv, repository.findPaginaMetCasus(swv, na == null ? Long.MIN_VALUE : na, Pagina.GROOTTE + 1), kijker,
                "OPP's met een casus van het samenwerkingsverband");
    }

    /** Every OPP of the school, for its BRON list. */
    @Transactional(readOnly = true)
    public List<Opps.Overzicht> alleVanVestiging(SwvCode swv, long vestigingId, Gebruiker kijker) {
        return werk.overzichten(swv, repository.findByVestiging(swv, vestigingId), kijker, "OPP's van de school voor BRON");
    }

    private Pagina<Opps.Overzicht> pagina(SwvCode swv, List<OppRepository.Plek> plekken, Gebruiker kijker, String omschrijving) {
        var sleutels = Pagina.van(plekken, OppRepository.Plek::volgorde);
        var volgorde = sleutels.regels().stream().collect(Collectors.toMap(OppRepository.Plek::id, OppRepository.Plek::volgorde));
        var opps = repository.findAllById(volgorde.keySet()).stream().sorted(Comparator.comparing(o -> volgorde.get(o.id()))).toList();
        return new Pagina<>(werk.overzichten(swv, opps, kijker, omschrijving), sleutels.volgende());
    }

    /** A pupil with an arrangement or a TLV of the SWV but no established OPP. */
    public record ZonderOpp(Leerling leerling, String ondersteuning, LocalDate sinds) {
    }

    @Transactional(readOnly = true)
    public List<ZonderOpp> zonderOpp(SwvCode swv) {
        var rijen = repository.findZonderOpp(swv);
        var kinderen = leerlingen.vindAlle(swv, rijen.stream().map(OppRepository.ZonderOpp::leerlingId).collect(Collectors.toSet()),
                "leerlingen met ondersteuning zonder OPP");
        return rijen.stream().map(r -> new ZonderOpp(kinderen.get(r.leerlingId()), r.ondersteuning().replace("ARRANGEMENT", "arrangement"), r.sinds()))
                .toList();
    }

    /**
     * Every pupil of an SBO, (V)SO or PrO school has an OPP (WPO 40a lid 1, WEC 40a, WVO 26): the
     * school's pupils still without one; none at other schools, where only pupils with extra support need one.
     */
    @Transactional(readOnly = true)
    public List<Leerling> zonderOppOpSchool(SwvCode swv, Vestiging school) {
        if (!elkeLeerlingHeeftEenOpp(school.soort())) {
            return List.of();
        }
        var metOpp = Set.copyOf(repository.findLeerlingIdsVanVestiging(swv, school.id()));
        return leerlingen.vanVestiging(swv, school.id()).stream().filter(l -> !metOpp.contains(l.id())).toList();
    }

    static boolean elkeLeerlingHeeftEenOpp(Schoolsoort soort) {
        return soort == Schoolsoort.SBO || soort == Schoolsoort.SO || soort == Schoolsoort.VSO || soort == Schoolsoort.PRO;
    }

    /** The signed-in parent's children's OPPs, from the moment they are discussed with the parents. */
    @Transactional(readOnly = true)
    public List<Opps.Overzicht> vanOuder(Gebruiker ouder) {
        return vanKinderen(ouder, leerlingen.vanOuder(ouder.id()));
    }

    /** The OPPs of a parent's children, the children read already; each OPP still passes the parent's access rule. */
    @Transactional(readOnly = true)
    public List<Opps.Overzicht> vanKinderen(Gebruiker ouder, List<Leerling> eigen) {
        var kinderen = eigen.stream().collect(Collectors.toMap(Leerling::id, l -> l));
        var lijst = new ArrayList<Opps.Overzicht>();
        for (var opp : repository.findByLeerlingen(List.copyOf(kinderen.keySet()))) {
            if (OppToegang.magZien(ouder, opp, kinderen.get(opp.leerlingId()), false)) {
                auditLog.lezen(opp.swv().waarde(), "opp", String.valueOf(opp.id()), "OPP gelezen door ouder");
                lijst.add(werk.overzicht(opp, kinderen.get(opp.leerlingId()), ouder));
            }
        }
        return lijst;
    }
}
