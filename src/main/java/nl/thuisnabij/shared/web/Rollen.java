package nl.thuisnabij.shared.web;

/** Role expressions for {@code @PreAuthorize}, so every module names the same groups alike. */
public final class Rollen {

    public static final String SWV = "hasAnyRole('SWV_BEHEERDER','DIRECTEUR','ONDERSTEUNINGSCOORDINATOR','COMMISSIELID',"
            + "'DESKUNDIGE','FINANCIEEL_MEDEWERKER','FUNCTIONARIS_GEGEVENSBESCHERMING')";
    public static final String SWV_ZORG = "hasAnyRole('SWV_BEHEERDER','DIRECTEUR','ONDERSTEUNINGSCOORDINATOR')";
    public static final String SCHOOL = "hasAnyRole('SCHOOLDIRECTEUR','INTERN_BEGELEIDER')";
    public static final String SCHOOL_OF_SWV_ZORG = SCHOOL + " or " + SWV_ZORG;
    public static final String SCHOOL_OF_SWV = SCHOOL + " or " + SWV;

    private Rollen() {
    }
}
