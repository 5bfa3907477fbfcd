package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the decider enters; the rest of the decision follows from the request. */
public record BesluitInvoer(Besluituitkomst uitkomst, String motivering, LocalDate startdatum, LocalDate einddatum,
        Bekostigingscategorie categorie, BigDecimal uren, BigDecimal bedrag) {
}
