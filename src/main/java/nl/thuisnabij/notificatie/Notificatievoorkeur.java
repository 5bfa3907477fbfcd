package nl.thuisnabij.notificatie;

/** How a person wants to hear of their notifications by e-mail; the list in Thuisnabij is there either way. */
public enum Notificatievoorkeur {
    PER_NOTIFICATIE("Bij elke notificatie een e-mail"),
    DAGELIJKS("Eén e-mail per dag met een overzicht"),
    GEEN("Geen e-mail: ik kijk zelf in Thuisnabij");

    private final String omschrijving;

    Notificatievoorkeur(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
