package nl.thuisnabij.aanvraag;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a person can take on one request, each with who may take it. When it may be taken is
 * the request's own to say ({@link Aanvraag#mogelijkeStappen}); pages offer exactly those steps and
 * the services refuse any other.
 */
public enum Aanvraagstap {
    INHOUD_WIJZIGEN("de inhoud wijzigen", Hoedanigheid.SCHOOL),
    OUDERS_UITNODIGEN("de ouders om hun zienswijze vragen", Hoedanigheid.SCHOOL),
    ZIENSWIJZE_GEVEN("uw zienswijze geven", Hoedanigheid.OUDER),
    OUDERGESPREK_VASTLEGGEN("het gesprek met de ouders vastleggen", Hoedanigheid.SCHOOL),
    BIJLAGE_TOEVOEGEN("een bijlage toevoegen", Hoedanigheid.SCHOOL),
    INDIENEN("indienen", Hoedanigheid.SCHOOL),
    AANVULLEN("de aanvulling leveren", Hoedanigheid.SCHOOL),
    INTREKKEN("intrekken", Hoedanigheid.SCHOOL, Hoedanigheid.BEHANDELAAR),
    VERLENGING_AANVRAGEN("een verlenging aanvragen", Hoedanigheid.SCHOOL),
    IN_BEHANDELING_NEMEN("in behandeling nemen", Hoedanigheid.BEHANDELAAR),
    AANVULLING_VRAGEN("een aanvulling vragen", Hoedanigheid.BEHANDELAAR),
    ADVIES_VRAGEN("deskundigenadvies vragen", Hoedanigheid.BEHANDELAAR),
    DESKUNDIGE_VERVANGEN("een deskundige vervangen", Hoedanigheid.BEHANDELAAR),
    MEEWERKER_VASTLEGGEN("vastleggen wie aan de aanvraag meewerkte", Hoedanigheid.BEHANDELAAR),
    AGENDEREN("agenderen voor de commissie", Hoedanigheid.BEHANDELAAR),
    VAN_AGENDA_HALEN("van de agenda van de commissie halen", Hoedanigheid.BEHANDELAAR),
    ADVIES_GEVEN("deskundigenadvies geven", Hoedanigheid.DESKUNDIGE),
    BESLUITEN("besluiten", Hoedanigheid.BEHANDELAAR),
    REGISTREREN_BIJ_DUO("registreren bij DUO", Hoedanigheid.BEHANDELAAR),
    TOEKENNING_INTREKKEN("de toelaatbaarheidsverklaring intrekken", Hoedanigheid.BEHANDELAAR),
    TOEKENNING_BEEINDIGEN("de toelaatbaarheidsverklaring voortijdig beëindigen", Hoedanigheid.BEHANDELAAR),
    BEZWAAR_INDIENEN("bezwaar maken", Hoedanigheid.SCHOOL, Hoedanigheid.OUDER, Hoedanigheid.BEHANDELAAR),
    LBT_ADVIES_VRAGEN("het advies van de LBT vragen", Hoedanigheid.BEHANDELAAR),
    LBT_ADVIES_VASTLEGGEN("het advies van de LBT vastleggen", Hoedanigheid.BEHANDELAAR),
    BEZWAAR_VERDAGEN("de beslissing op het bezwaar verdagen", Hoedanigheid.BEHANDELAAR),
    BESLISSEN_OP_BEZWAAR("op het bezwaar beslissen", Hoedanigheid.BEHANDELAAR);

    /** In which capacity someone is involved in a request. */
    public enum Hoedanigheid {
        SCHOOL("de school"), OUDER("de ouders"), BEHANDELAAR("de behandelaar van het samenwerkingsverband"), DESKUNDIGE("een gevraagde deskundige"),
        COMMISSIELID("een commissielid");

        private final String omschrijving;

        Hoedanigheid(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }

    /** Who looks at a request: in which capacities, and as which user (an expert advises only when asked). */
    public record Betrokkene(Set<Hoedanigheid> hoedanigheden, long gebruikerId) {
        public boolean is(Hoedanigheid hoedanigheid) {
            return hoedanigheden.contains(hoedanigheid);
        }
    }

    private final String omschrijving;
    private final Set<Hoedanigheid> door;

    Aanvraagstap(String omschrijving, Hoedanigheid eerste, Hoedanigheid... andere) {
        this.omschrijving = omschrijving;
        this.door = EnumSet.of(eerste, andere);
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean magDoor(Betrokkene wie) {
        return door.stream().anyMatch(wie::is);
    }

    /** "voorbehouden aan de school of de ouders" */
    public String voorbehoudenAan() {
        return String.join(" of ", door.stream().map(h -> h.omschrijving).toList());
    }
}
