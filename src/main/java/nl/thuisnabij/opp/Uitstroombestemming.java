package nl.thuisnabij.opp;

import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.Sector;

/**
 * Where the pupil is expected to go after this school (Inrichtingsbesluit WVO art. 15c; WEC
 * Onderwijskundig besluit art. 4-5): further education, or for VSO also work or day care.
 */
public enum Uitstroombestemming {
    VO_PRO("praktijkonderwijs"),
    VO_VMBO("vmbo"),
    VO_HAVO_VWO("havo of vwo"),
    VSO("voortgezet speciaal onderwijs"),
    MBO("mbo"),
    HBO_WO("hbo of universiteit"),
    ARBEID("arbeid"),
    DAGBESTEDING("dagbesteding");

    private final String omschrijving;

    Uitstroombestemming(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /**
     * Arbeid and dagbesteding are destinations of VSO (WEC art. 14a: the profiles arbeidsmarkt and
     * dagbesteding); praktijkonderwijs also leads to work. Other schools prepare for further education.
     */
    public boolean magVoor(Schoolsoort school) {
        return switch (this) {
            case DAGBESTEDING -> school == Schoolsoort.VSO;
            case ARBEID -> school == Schoolsoort.VSO || school == Schoolsoort.PRO;
            case VO_PRO, VO_VMBO, VO_HAVO_VWO, VSO -> school.sector() == Sector.PO;
            case MBO, HBO_WO -> school.sector() == Sector.VO;
        };
    }
}
