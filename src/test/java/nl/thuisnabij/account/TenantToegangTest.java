package nl.thuisnabij.account;

import static nl.thuisnabij.account.GebruikerTest.schoolgebruiker;
import static nl.thuisnabij.account.GebruikerTest.swvGebruiker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantToegangTest {

    @Test
    void eenSwvMedewerkerKomtAlleenInZijnEigenSamenwerkingsverband() {
        var medewerker = swvGebruiker("PO2707", Rol.ONDERSTEUNINGSCOORDINATOR);
        assertThat(TenantToegang.magNaar(medewerker, "PO2707", "/swv/PO2707/profiel")).isTrue();
        assertThat(TenantToegang.magNaar(medewerker, "PO2601", "/swv/PO2601/profiel")).isFalse();
        assertThat(TenantToegang.magNaar(medewerker, "po2707", "/swv/po2707/profiel")).isFalse();
    }

    @Test
    void eenSchoolgebruikerKomtAlleenBijZijnEigenVestiging() {
        var ib = schoolgebruiker("PO2707", 7);
        assertThat(TenantToegang.magNaar(ib, "PO2707", "/swv/PO2707/vestigingen/7")).isTrue();
        assertThat(TenantToegang.magNaar(ib, "PO2707", "/swv/PO2707/vestigingen/7/leerlingen")).isTrue();
        assertThat(TenantToegang.magNaar(ib, "PO2707", "/swv/PO2707/vestigingen/8")).isFalse();
        assertThat(TenantToegang.magNaar(ib, "PO2707", "/swv/PO2707/vestigingen/import")).isFalse();
        assertThat(TenantToegang.magNaar(ib, "PO2601", "/swv/PO2601/vestigingen/7")).isFalse();
    }

    @Test
    void platformbeheerdersGemeentenEnOudersKomenNietInEenSamenwerkingsverband() {
        var beheerder = new Gebruiker(1, "b", "B", null, List.of(Rol.PLATFORMBEHEERDER), null, null, null, true);
        var leerplicht = new Gebruiker(1, "l", "L", null, List.of(Rol.LEERPLICHTAMBTENAAR), null, null, 3L, true);
        var ouder = new Gebruiker(1, "o", "O", null, List.of(Rol.OUDER), null, null, null, true);
        for (var gebruiker : List.of(beheerder, leerplicht, ouder)) {
            assertThat(TenantToegang.magNaar(gebruiker, "PO2707", "/swv/PO2707/profiel")).isFalse();
        }
    }
}
