package nl.thuisnabij.aanvraag;

/** What happened to an e-mail about a request, as the request page tells it. */
public enum Verzendstatus {
    IN_WACHTRIJ("wordt verstuurd"),
    VERZONDEN("verstuurd"),
    MISLUKT("versturen mislukt, wordt opnieuw geprobeerd"),
    GEEN_ADRES("niet verstuurd: geen e-mailadres bekend"),
    ALLEEN_NOTIFICATIE("niet gemaild: de ontvangers kozen voor een dagoverzicht of geen e-mail, zij zien het bij hun notificaties");

    private final String omschrijving;

    Verzendstatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
