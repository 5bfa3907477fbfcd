package nl.thuisnabij.budget;

import nl.thuisnabij.aanvraag.Bekostigingscategorie;

/**
 * The amounts a funding year's rules name (Regeling bekostiging; regels.md "Funding"): what the SWV
 * receives per pupil of its area, and what DUO deducts per (V)SO pupil with a TLV of the SWV, by
 * sector, age on the count date and category, and per SBO pupil above the threshold.
 */
public enum Bedragsoort {
    LICHTE_ONDERSTEUNING("Lichte ondersteuning, per leerling (bo en sbo)", Soort.BATEN),
    ZWARE_ONDERSTEUNING("Zware ondersteuning, per leerling (bo en sbo)", Soort.BATEN),
    SO_JONGER_DAN_8_LAAG("SO, jonger dan 8 jaar, categorie laag", Soort.TLV),
    SO_JONGER_DAN_8_MIDDEN("SO, jonger dan 8 jaar, categorie midden", Soort.TLV),
    SO_JONGER_DAN_8_HOOG("SO, jonger dan 8 jaar, categorie hoog", Soort.TLV),
    SO_8_EN_OUDER_LAAG("SO, 8 jaar en ouder, categorie laag", Soort.TLV),
    SO_8_EN_OUDER_MIDDEN("SO, 8 jaar en ouder, categorie midden", Soort.TLV),
    SO_8_EN_OUDER_HOOG("SO, 8 jaar en ouder, categorie hoog", Soort.TLV),
    VSO_LAAG("VSO, categorie laag", Soort.TLV),
    VSO_MIDDEN("VSO, categorie midden", Soort.TLV),
    VSO_HOOG("VSO, categorie hoog", Soort.TLV),
    SBO_BOVEN_DREMPEL("SBO, per leerling boven de drempel", Soort.SBO);

    enum Soort {
        BATEN, TLV, SBO
    }

    private final String omschrijving;
    private final Soort soort;

    Bedragsoort(String omschrijving, Soort soort) {
        this.omschrijving = omschrijving;
        this.soort = soort;
    }

    public String omschrijving() {
        return omschrijving;
    }

    boolean isBaten() {
        return soort == Soort.BATEN;
    }

    /** The (V)SO deductions, in the order of the regulation. */
    public static java.util.List<Bedragsoort> tlvSoorten() {
        return java.util.Arrays.stream(values()).filter(s -> s.soort == Soort.TLV).toList();
    }

    /** A pupil this amount is for, as a what-if scenario adds one: sector, category and an age in its group on the count date. */
    Begroting.TlvOpTeldatum voorbeeldleerling(long nummer, java.time.LocalDate teldatum) {
        if (soort != Soort.TLV) {
            throw new IllegalArgumentException(this + " is geen inhouding voor een (V)SO-leerling");
        }
        var naam = name();
        int leeftijd = naam.startsWith("VSO") ? 14 : naam.startsWith("SO_JONGER") ? 7 : 8;
        var categorie = Bekostigingscategorie.valueOf(naam.substring(naam.lastIndexOf('_') + 1));
        return new Begroting.TlvOpTeldatum(-nummer, -nummer, "scenario", teldatum.minusYears(leeftijd), naam.startsWith("VSO") ? "VSO" : "SO", categorie,
                teldatum, teldatum);
    }

    /** WPO 118 lid 10, WEC 117: the amount DUO deducts for a (V)SO pupil, by sector, age on the count date and category. */
    static Bedragsoort voorTlv(String tlvSoort, Bekostigingscategorie categorie, int leeftijdOpTeldatum) {
        var naam = switch (tlvSoort) {
            case "VSO" -> "VSO_";
            case "SO" -> leeftijdOpTeldatum < 8 ? "SO_JONGER_DAN_8_" : "SO_8_EN_OUDER_";
            default -> throw new IllegalArgumentException("alleen een TLV voor SO of VSO leidt tot een inhouding, niet " + tlvSoort);
        };
        return valueOf(naam + categorie.name());
    }
}
