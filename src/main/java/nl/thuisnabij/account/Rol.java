package nl.thuisnabij.account;

/** The roles of Thuisnabij, each bound to the kind of organisation whose data it works with. */
public enum Rol {
    PLATFORMBEHEERDER(Scope.PLATFORM, "platformbeheerder"),
    SWV_BEHEERDER(Scope.SWV, "SWV-beheerder"),
    DIRECTEUR(Scope.SWV, "directeur"),
    ONDERSTEUNINGSCOORDINATOR(Scope.SWV, "ondersteuningscoördinator"),
    COMMISSIELID(Scope.SWV, "commissielid"),
    DESKUNDIGE(Scope.SWV, "deskundige"),
    FINANCIEEL_MEDEWERKER(Scope.SWV, "financieel medewerker"),
    FUNCTIONARIS_GEGEVENSBESCHERMING(Scope.SWV, "functionaris gegevensbescherming"),
    SCHOOLDIRECTEUR(Scope.SCHOOL, "schooldirecteur"),
    INTERN_BEGELEIDER(Scope.SCHOOL, "intern begeleider / zorgcoördinator"),
    LEERPLICHTAMBTENAAR(Scope.GEMEENTE, "leerplichtambtenaar"),
    BELEIDSMEDEWERKER_GEMEENTE(Scope.GEMEENTE, "beleidsmedewerker gemeente"),
    /** The municipality's youth care team (wijkteam): sees a thuiszitter's case only with the parents' consent. */
    JEUGDHULP(Scope.GEMEENTE, "jeugdhulp (wijkteam)"),
    OUDER(Scope.OUDER, "ouder/verzorger"),
    /** The Inspectie van het onderwijs: sees every SWV's key figures, suppressed, never a child. */
    INSPECTIE(Scope.LANDELIJK, "Inspectie van het onderwijs");

    /** Whose data a role works with: the platform, one SWV, one school site, one municipality, own children, or the country in figures. */
    public enum Scope {
        PLATFORM, SWV, SCHOOL, GEMEENTE, OUDER, LANDELIJK
    }

    private final Scope scope;
    private final String omschrijving;

    Rol(Scope scope, String omschrijving) {
        this.scope = scope;
        this.omschrijving = omschrijving;
    }

    public Scope scope() {
        return scope;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
