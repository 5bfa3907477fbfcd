package nl.thuisnabij.register;

import java.util.List;

/** The answer to "which SWVs serve this postcode or municipality". */
public sealed interface Zoekresultaat {

    /** The SWVs found (PO first), with a note where the search needed explaining. */
    record Gevonden(String gebied, List<Samenwerkingsverband> samenwerkingsverbanden, String toelichting)
            implements Zoekresultaat {
    }

    /** The area exists but no SWV serves it, e.g. the Europoort port area. */
    record ZonderSamenwerkingsverband(String gebied, String reden) implements Zoekresultaat {
    }

    record Onbekend(String gebied) implements Zoekresultaat {
    }
}
