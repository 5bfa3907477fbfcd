package nl.thuisnabij.aanvraag;

import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Component;

/** Which SWV may issue a TLV, in one place: a newer law (or the rules of issue 9) changes only this class. */
@Component
class TlvBevoegdheid {

    private final Leerlingen leerlingen;
    private final Register register;

    TlvBevoegdheid(Leerlingen leerlingen, Register register) {
        this.leerlingen = leerlingen;
        this.register = register;
    }

    /** The SWV of the pupil's home postcode for the TLV's sector (woonplaatsbeginsel). */
    String bevoegdSwv(SwvCode swv, Aanvraag a) {
        var leerling = leerlingen.vind(swv, a.leerlingId()).orElseThrow();
        return switch (register.zoekOpPostcode(leerling.postcode().pc4())) {
            case Zoekresultaat.Gevonden gevonden -> gevonden.samenwerkingsverbanden().stream()
                    .filter(s -> s.sector() == a.soort().sector()).map(s -> s.code().waarde()).findFirst()
                    .orElseThrow(() -> new OngeldigeInvoerException("voor het woonadres van de leerling is geen samenwerkingsverband gevonden"));
            default -> throw new OngeldigeInvoerException("voor het woonadres van de leerling is geen samenwerkingsverband gevonden");
        };
    }
}
