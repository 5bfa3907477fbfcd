package nl.thuisnabij.opp;

/** The steps on an OPP, each taken in one capacity: the school writes and evaluates it, the parents answer on the handelingsdeel. */
public enum Oppstap {
    INHOUD(Hoedanigheid.SCHOOL),
    DOEL_TOEVOEGEN(Hoedanigheid.SCHOOL),
    DOEL_VERWIJDEREN(Hoedanigheid.SCHOOL),
    HANDELING_TOEVOEGEN(Hoedanigheid.SCHOOL),
    HANDELING_VERWIJDEREN(Hoedanigheid.SCHOOL),
    ADVIES_CVB(Hoedanigheid.SCHOOL),
    OOGO(Hoedanigheid.SCHOOL),
    INSTEMMEN(Hoedanigheid.OUDER),
    WEIGEREN(Hoedanigheid.OUDER),
    EVALUEREN(Hoedanigheid.SCHOOL),
    NIEUWE_VERSIE(Hoedanigheid.SCHOOL),
    BEEINDIGEN(Hoedanigheid.SCHOOL);

    public enum Hoedanigheid {
        SCHOOL, OUDER
    }

    private final Hoedanigheid door;

    Oppstap(Hoedanigheid door) {
        this.door = door;
    }

    public Hoedanigheid door() {
        return door;
    }
}
