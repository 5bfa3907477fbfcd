package nl.thuisnabij.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.opp.persistence.OppRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.NietGevondenException;
import org.springframework.stereotype.Component;

/**
 * What the OPP services share: reading an OPP only when the viewer may see it ({@link OppToegang}),
 * and putting OPPs on a page with their pupils, each read audit-logged in the OPP's SWV.
 */
@Component
class Oppwerk {

    private final OppRepository repository;
    private final Leerlingen leerlingen;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    Oppwerk(OppRepository repository, Leerlingen leerlingen, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** An OPP someone may see, with its pupil. */
    record Gevonden(Opp opp, Leerling leerling) {
    }

    /** One OPP, if this person may see it; otherwise answered as absent, and the refusal logged. */
    Gevonden zichtbaar(long id, Gebruiker kijker) {
        var opp = repository.findById(id).orElseThrow(() -> new NietGevondenException("OPP %d bestaat niet".formatted(id)));
        // only a parent is judged by the pupil's record (whose child it is); the others' checks do not read the child
        var leerling = kijker.heeftRol(Rol.OUDER) ? leerlingen.vind(opp.swv(), opp.leerlingId()).orElse(null) : null;
        boolean casus = kijker.scope() == Rol.Scope.SWV && repository.heeftCasus(opp.swv(), opp.leerlingId());
        if (!OppToegang.magZien(kijker, opp, leerling, casus)) {
            auditLog.geweigerd(opp.swv().waarde(), "opp", String.valueOf(id), "geen toegang tot dit OPP");
            throw new NietGevondenException("OPP %d bestaat niet".formatted(id));
        }
        return new Gevonden(opp, leerling != null ? leerling : leerlingen.vind(opp.swv(), opp.leerlingId()).orElseThrow());
    }

    Opps.Overzicht overzicht(Opp opp, Leerling leerling, Gebruiker kijker) {
        var school = register.vestiging(opp.vestigingId()).orElseThrow();
        return new Opps.Overzicht(opp, leerling, school, opp.signalen(vandaag()), opp.mogelijkeStappen(OppToegang.hoedanigheden(kijker, opp, leerling)));
    }

    /** The OPPs on a list with their pupils, read and audit-logged once for the list. */
    List<Opps.Overzicht> overzichten(SwvCode swv, List<Opp> opps, Gebruiker kijker, String omschrijving) {
        var kinderen = leerlingen.vindAlle(swv, opps.stream().map(Opp::leerlingId).collect(Collectors.toSet()), omschrijving);
        var scholen = register.vestigingen(opps.stream().map(Opp::vestigingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Vestiging::id, v -> v));
        var vandaag = vandaag();
        auditLog.lezenAlle(swv.waarde(), "opp", opps.stream().map(o -> String.valueOf(o.id())).toList(), omschrijving);
        return opps.stream()
                .map(o -> new Opps.Overzicht(o, kinderen.get(o.leerlingId()), scholen.get(o.vestigingId()), o.signalen(vandaag),
                        o.mogelijkeStappen(OppToegang.hoedanigheden(kijker, o, kinderen.get(o.leerlingId())))))
                .toList();
    }
}
