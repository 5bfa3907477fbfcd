package nl.thuisnabij.aanmelding;

/**
 * The steps the school (or the SWV's care staff on its behalf) can take on a registration. When
 * each may be taken is the registration's own to say ({@link Aanmelding#mogelijkeStappen}).
 */
public enum Aanmeldingstap {
    ONDERZOEK_VASTLEGGEN,
    BESLUITEN,
    VERLENGEN,
    AANVULLING_VRAGEN,
    AANVULLING_ONTVANGEN,
    NIET_IN_BEHANDELING_NEMEN,
    SCHOOL_VOORSTELLEN,
    ZORGPLICHT_BEEINDIGEN,
    INTREKKEN
}
