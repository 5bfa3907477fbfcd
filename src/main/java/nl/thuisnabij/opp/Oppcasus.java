package nl.thuisnabij.opp;

/** Why the SWV may see a pupil's OPP: it has a request for the pupil, or granted an arrangement or a TLV. */
public enum Oppcasus {
    AANGEVRAAGD, ARRANGEMENT, TLV
}
