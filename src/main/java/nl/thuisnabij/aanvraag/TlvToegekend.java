package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/** A TLV was granted (or changed on objection); DUO deducts (V)SO funding by its category. */
public record TlvToegekend(long aanvraagId, String swvCode, String tlvSoort, Bekostigingscategorie categorie, LocalDate startdatum,
        LocalDate einddatum, int besluitVolgnummer) {
}
