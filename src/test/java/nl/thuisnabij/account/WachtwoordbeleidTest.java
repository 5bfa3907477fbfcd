package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B §5.1.1.2: length, no known or breached passwords, no context words, no composition rules. */
class WachtwoordbeleidTest {

    static final Wachtwoordbeleid BELEID = new Wachtwoordbeleid();
    static final Gebruiker FENNA = new Gebruiker(1, "f.geld@swv.nl", "Fenna van Geld", null, List.of(Rol.FINANCIEEL_MEDEWERKER), "PO2707", null, null, true);

    private static void controleer(String wachtwoord) {
        BELEID.controleer(wachtwoord, FENNA, "f.geld@swv.nl");
    }

    @Test
    void eenZinVanGewoneWoordenZonderHoofdlettersOfCijfersIsGoed() {
        assertThatCode(() -> controleer("paars konijn danst op het dak")).doesNotThrowAnyException();
        assertThatCode(() -> controleer("ü-ö-ä lange emoji 🐇🐇 zin")).doesNotThrowAnyException();
    }

    @Test
    void korterDanTwaalfTekensOfLangerDan128WordtGeweigerdBijHetVeld() {
        assertThatThrownBy(() -> controleer("Kort!2")).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ten minste 12 tekens")
                .extracting("veld").isEqualTo("wachtwoord");
        assertThatThrownBy(() -> controleer("a b".repeat(50))).hasMessageContaining("ten hoogste 128 tekens");
    }

    @Test
    void eenWachtwoordUitDeLijstVanGelekteWachtwoordenOfEenHerhalingWordtGeweigerd() {
        assertThatThrownBy(() -> controleer("1qaz2wsx3edc")).hasMessageContaining("gelekte of veelgebruikte");
        assertThatThrownBy(() -> controleer("QWERTY123456")).as("hoofdletters maken het niet anders").hasMessageContaining("gelekte");
        assertThatThrownBy(() -> controleer("abababababababab")).hasMessageContaining("gelekte");
    }

    @Test
    void naamGebruikersnaamEMailadresOfDeNaamVanDeDienstErinWordtGeweigerd() {
        assertThatThrownBy(() -> controleer("fenna is de baas hier")).hasMessageContaining("met uw naam");
        assertThatThrownBy(() -> controleer("mijn-F.GELD-wachtwoord")).hasMessageContaining("met uw naam");
        assertThatThrownBy(() -> controleer("Thuisnabij-2026-!")).hasMessageContaining("naam van deze dienst");
    }
}
