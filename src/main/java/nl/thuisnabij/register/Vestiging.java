package nl.thuisnabij.register;

import java.util.List;

/** A school site (vestiging) as registered, with the SWV it belongs to. */
public record Vestiging(
        long id,
        Brin brin,
        String vestigingsnummer,
        String naam,
        String straat,
        String huisnummer,
        Postcode postcode,
        String plaats,
        String gemeente,
        Schoolsoort soort,
        Integer cluster,
        List<String> niveaus,
        SwvCode swv,
        String bevoegdGezagNummer,
        String bevoegdGezagNaam) {

    public String vestigingscode() {
        return brin.waarde() + vestigingsnummer;
    }

    public String soortOmschrijving() {
        var tekst = soort.name();
        if (cluster != null) {
            tekst += " cluster " + cluster;
        }
        if (!niveaus.isEmpty()) {
            tekst += " (" + String.join(", ", niveaus) + ")";
        }
        return tekst;
    }
}
