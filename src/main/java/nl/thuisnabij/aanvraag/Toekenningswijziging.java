package nl.thuisnabij.aanvraag;

/** What changed in a grant (an arrangement or a TLV): the budget and DUO's deduction follow each kind. */
public enum Toekenningswijziging {
    TOEGEKEND, GEWIJZIGD_OP_BEZWAAR, INGETROKKEN, VOORTIJDIG_BEEINDIGD
}
