package nl.thuisnabij.aanvraag;

import nl.thuisnabij.register.Sector;

/** What a school asks of the SWV: extra support in class, or admissibility to SBO, SO or VSO. */
public enum Aanvraagsoort {
    ARRANGEMENT("arrangement", null, Sector.PO),
    TLV_SBO("toelaatbaarheidsverklaring SBO", "SBO", Sector.PO),
    TLV_SO("toelaatbaarheidsverklaring SO", "SO", Sector.PO),
    TLV_VSO("toelaatbaarheidsverklaring VSO", "VSO", Sector.VO);

    private final String omschrijving;
    private final String tlvSoort;
    private final Sector sector;

    Aanvraagsoort(String omschrijving, String tlvSoort, Sector sector) {
        this.omschrijving = omschrijving;
        this.tlvSoort = tlvSoort;
        this.sector = sector;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isTlv() {
        return tlvSoort != null;
    }

    /** SO and VSO TLVs carry a funding category; SBO ones do not. */
    public boolean vraagtCategorie() {
        return this == TLV_SO || this == TLV_VSO;
    }

    public String tlvSoort() {
        return tlvSoort;
    }

    /** The sector whose SWV of the pupil's residence is competent for a TLV. */
    public Sector sector() {
        return sector;
    }
}
