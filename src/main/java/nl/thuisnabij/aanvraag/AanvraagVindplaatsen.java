package nl.thuisnabij.aanvraag;

import java.util.Collection;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Vindplaatsen;
import nl.thuisnabij.register.SwvCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The requests of the pupils searched for that this user may see, by the same rule as every list of requests. */
@Component
class AanvraagVindplaatsen implements Vindplaatsen {

    private final AanvraagLijstRepository lijsten;
    private final Aanvraagwerk werk;

    AanvraagVindplaatsen(AanvraagLijstRepository lijsten, Aanvraagwerk werk) {
        this.lijsten = lijsten;
        this.werk = werk;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vindplaats> van(Gebruiker kijker, SwvCode swv, Collection<Long> leerlingen) {
        if (leerlingen.isEmpty()) {
            return List.of();
        }
        var zicht = AanvraagToegang.zichtbaarVoor(kijker, () -> werk.leerlingenVanSchool(swv, kijker.vestigingId()));
        var criteria = new AanvraagLijstRepository.Criteria(null, null, null, null, null, leerlingen, List.of(), null);
        var basis = kijker.scope() == Rol.Scope.SCHOOL ? "/swv/%s/vestigingen/%d/aanvragen/".formatted(swv.waarde(), kijker.vestigingId())
                : "/swv/%s/aanvragen/".formatted(swv.waarde());
        return lijsten.pagina(swv, zicht, criteria, 200).stream()
                .map(k -> new Vindplaats(k.leerlingId(), "Aanvraag " + k.soort().omschrijving() + " (" + k.status().omschrijving() + ")", basis + k.id()))
                .toList();
    }
}
