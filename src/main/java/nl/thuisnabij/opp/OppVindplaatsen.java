package nl.thuisnabij.opp;

import java.util.Collection;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Vindplaatsen;
import nl.thuisnabij.opp.persistence.OppRepository;
import nl.thuisnabij.register.SwvCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The OPPs of the pupils searched for that this user may see: the school its own, the SWV those of a case it handles. */
@Component
class OppVindplaatsen implements Vindplaatsen {

    private final OppRepository repository;

    OppVindplaatsen(OppRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vindplaats> van(Gebruiker kijker, SwvCode swv, Collection<Long> leerlingen) {
        if (leerlingen.isEmpty()) {
            return List.of();
        }
        return repository.findByLeerlingen(List.copyOf(leerlingen)).stream()
                .filter(opp -> opp.swv().equals(swv))
                .filter(opp -> OppToegang.magZien(kijker, opp, null, kijker.scope() == Rol.Scope.SWV && repository.heeftCasus(swv, opp.leerlingId())))
                .map(opp -> new Vindplaats(opp.leerlingId(), "Ontwikkelingsperspectief (OPP)", kijker.scope() == Rol.Scope.SCHOOL
                        ? "/swv/%s/vestigingen/%d/opp/%d".formatted(swv.waarde(), kijker.vestigingId(), opp.id())
                        : "/swv/%s/opp/%d".formatted(swv.waarde(), opp.id())))
                .toList();
    }
}
