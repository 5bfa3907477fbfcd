package nl.thuisnabij.thuiszitter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Vindplaatsen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.thuiszitter.persistence.ThuiszitterRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cases of children out of school among the pupils searched for, by the same rule as the case page. */
@Component
class ThuiszitterVindplaatsen implements Vindplaatsen {

    private final ThuiszitterRepository repository;
    private final Clock klok;

    ThuiszitterVindplaatsen(ThuiszitterRepository repository, Clock klok) {
        this.repository = repository;
        this.klok = klok;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vindplaats> van(Gebruiker kijker, SwvCode swv, Collection<Long> leerlingen) {
        if (leerlingen.isEmpty()) {
            return List.of();
        }
        var vandaag = LocalDate.now(klok);
        return repository.findByLeerlingen(List.copyOf(leerlingen)).stream()
                .filter(zaak -> ThuiszitterToegang.magZien(kijker, zaak, null, vandaag))
                .map(zaak -> new Vindplaats(zaak.leerlingId(), "Thuiszitter sinds " + nl.thuisnabij.shared.Datumnotatie.kort(zaak.sinds())
                        + (zaak.status() == Thuiszitter.Status.OPGELOST ? " (opgelost)" : ""), kijker.scope() == Rol.Scope.SCHOOL
                        ? "/swv/%s/vestigingen/%d/thuiszitters/%d".formatted(swv.waarde(), kijker.vestigingId(), zaak.id())
                        : "/swv/%s/thuiszitters/%d".formatted(swv.waarde(), zaak.id())))
                .toList();
    }
}
