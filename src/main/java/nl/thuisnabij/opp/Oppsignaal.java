package nl.thuisnabij.opp;

/** What needs doing on an OPP, for the work queues of the school and the SWV. */
public enum Oppsignaal {
    VASTSTELLING_TE_LAAT("niet vastgesteld binnen 6 weken na inschrijving"),
    EVALUATIE_TE_LAAT("dit schooljaar niet geëvalueerd met de ouders"),
    WACHT_OP_OUDERS("wacht op het antwoord van de ouders"),
    INSTEMMING_GEWEIGERD("ouders stemden niet in met het handelingsdeel");

    private final String omschrijving;

    Oppsignaal(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** A missed statutory term, as opposed to a step someone is waiting for. */
    public boolean isTermijn() {
        return this == VASTSTELLING_TE_LAAT || this == EVALUATIE_TE_LAAT;
    }
}
