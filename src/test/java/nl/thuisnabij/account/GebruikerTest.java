package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class GebruikerTest {

    static Gebruiker swvGebruiker(String swv, Rol rol) {
        return new Gebruiker(1, "a", "A", null, List.of(rol), swv, null, null, true);
    }

    static Gebruiker schoolgebruiker(String swv, long vestiging) {
        return new Gebruiker(2, "ib", "IB", null, List.of(Rol.INTERN_BEGELEIDER), swv, vestiging, null, true);
    }

    @Test
    void eenSwvRolVraagtEenSamenwerkingsverband() {
        assertThatThrownBy(() -> new Gebruiker(1, "a", "A", null, List.of(Rol.COMMISSIELID), null, null, null, true))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(swvGebruiker("PO2707", Rol.COMMISSIELID).scope()).isEqualTo(Rol.Scope.SWV);
    }

    @Test
    void eenSchoolgebruikerHoortBijEenVestigingEnHaarSamenwerkingsverband() {
        assertThatThrownBy(() -> new Gebruiker(1, "a", "A", null, List.of(Rol.INTERN_BEGELEIDER), "PO2707", null, null, true))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(schoolgebruiker("PO2707", 5).vestigingId()).isEqualTo(5);
    }

    @Test
    void eenGemeentegebruikerHoortBijGeenSamenwerkingsverband() {
        assertThatThrownBy(() -> new Gebruiker(1, "a", "A", null, List.of(Rol.LEERPLICHTAMBTENAAR), "PO2707", null, 3L, true))
                .isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void rollenVanVerschillendeOrganisatiesGaanNietSamen() {
        assertThatThrownBy(() -> new Gebruiker(1, "a", "A", null, List.of(Rol.DIRECTEUR, Rol.SCHOOLDIRECTEUR), "PO2707", 4L, null,
                true)).hasMessageContaining("één soort organisatie");
    }
}
