package nl.thuisnabij.aanvraag;

import nl.thuisnabij.register.Sector;

/**
 * What a school asks of the SWV: extra support in class, admissibility to SBO, SO or VSO, or — in
 * a VO SWV — admissibility to praktijkonderwijs and the designation for leerwegondersteuning.
 */
public enum Aanvraagsoort {
    ARRANGEMENT("arrangement", null, Sector.PO),
    TLV_SBO("toelaatbaarheidsverklaring SBO", "SBO", Sector.PO),
    TLV_SO("toelaatbaarheidsverklaring SO", "SO", Sector.PO),
    TLV_VSO("toelaatbaarheidsverklaring VSO", "VSO", Sector.VO),
    TLV_PRO("toelaatbaarheidsverklaring praktijkonderwijs", "PRO", Sector.VO),
    LWOO("aanwijzing leerwegondersteunend onderwijs", "LWOO", Sector.VO);

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

    /**
     * WPO 18a lid 11, WVO 17a lid 11: the SWV hears two experts before it decides on admissibility to
     * SBO, SO or VSO; praktijkonderwijs and leerwegondersteuning go by the SWV's criteria.
     */
    public boolean vraagtDeskundigenadvies() {
        return this == TLV_SBO || this == TLV_SO || this == TLV_VSO;
    }

    /** Whether an SWV of this sector decides on it: every SWV on arrangements, a PO SWV on SBO and SO, a VO SWV on VSO, PrO and lwoo. */
    public boolean hoortBij(Sector swvSector) {
        return !isTlv() || sector == swvSector;
    }

    public String tlvSoort() {
        return tlvSoort;
    }

    /** The sector whose SWV of the pupil's residence is competent for a TLV. */
    public Sector sector() {
        return sector;
    }
}
