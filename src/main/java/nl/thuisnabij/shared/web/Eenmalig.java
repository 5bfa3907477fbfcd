package nl.thuisnabij.shared.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A form that creates something is carried out once, however often it is sent. Each page shows its
 * forms with a fresh key ({@code eenmalig}); the first send claims it in the transaction that does
 * the work, so a second send waits for that transaction and then finds where the first one led.
 */
@Component
public class Eenmalig {

    public static final String VELD = "eenmalig";

    private final JdbcClient jdbc;

    Eenmalig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this send. Empty when this is the first send (go ahead); otherwise where
     * the first send led, or the fallback while that is unknown. A send without a key (an old page,
     * a script) is simply carried out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> alVerstuurd(String sleutel, String gebruiker, String anders) {
        var uuid = alsSleutel(sleutel);
        if (uuid == null) {
            return Optional.empty();
        }
        int geclaimd = jdbc.sql("insert into formulierinzending (sleutel, gebruiker) values (?, ?) on conflict (sleutel) do nothing")
                .params(uuid, gebruiker).update();
        if (geclaimd == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select doel from formulierinzending where sleutel = ? and gebruiker = ?").params(uuid, gebruiker)
                .query(String.class).optional().orElse(anders));
    }

    /** Where this send led, for a second send of the same form. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leiddeNaar(String sleutel, String doel) {
        var uuid = alsSleutel(sleutel);
        if (uuid != null) {
            jdbc.sql("update formulierinzending set doel = ? where sleutel = ?").params(doel, uuid).update();
        }
    }

    /** A second send goes to what the first one made, and says so. */
    public static String naarEerdereUitkomst(String doel, org.springframework.web.servlet.mvc.support.RedirectAttributes doorsturen) {
        doorsturen.addFlashAttribute("melding", "Dit formulier was al verstuurd; het is één keer uitgevoerd. Hieronder ziet u het resultaat.");
        return "redirect:" + doel;
    }

    private static UUID alsSleutel(String sleutel) {
        try {
            return sleutel == null || sleutel.isBlank() ? null : UUID.fromString(sleutel.strip());
        } catch (IllegalArgumentException geenSleutel) {
            return null;
        }
    }
}
