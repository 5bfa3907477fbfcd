package nl.thuisnabij.aanvraag;

public enum Besluituitkomst {
    TOEGEKEND("toegekend"),
    AFGEWEZEN("afgewezen"),
    TOEGEKEND_MET_AANPASSING("toegekend met aanpassing");

    private final String omschrijving;

    Besluituitkomst(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isToegekend() {
        return this != AFGEWEZEN;
    }
}
