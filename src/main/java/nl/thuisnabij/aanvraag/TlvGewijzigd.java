package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/**
 * A TLV changed: granted, changed on objection, revoked or ended early — published on every change,
 * with the pupil, the issuing SWV, the requesting school, kind (the sector of special education it
 * admits to), funding category and period, so that a budget and DUO's deduction can follow it.
 * {@code bijDuoGeregistreerd}: an earlier version went to DUO, so DUO must be told of this one.
 */
public record TlvGewijzigd(long aanvraagId, String swvCode, long leerlingId, long vestigingId, String tlvSoort, Bekostigingscategorie categorie,
        LocalDate startdatum, LocalDate einddatum, int besluitVolgnummer, Toekenningswijziging wijziging, boolean bijDuoGeregistreerd) {
}
