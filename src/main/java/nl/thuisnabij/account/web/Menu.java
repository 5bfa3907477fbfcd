package nl.thuisnabij.account.web;

import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;

/**
 * The main menu of a signed-in person, by role: the work that person does, their work queue first.
 * The breadcrumb trail of every page leads back to that work queue.
 */
public record Menu(List<Keuze> keuzes) {

    public record Keuze(String naam, String adres) {
    }

    static Menu van(Gebruiker gebruiker) {
        var keuzes = new ArrayList<Keuze>();
        var swv = gebruiker.swvCode();
        switch (gebruiker.scope()) {
            case PLATFORM -> {
                keuzes.add(new Keuze("Regio-indeling", "/beheer/regio-indeling"));
                keuzes.add(new Keuze("Landelijke SWV's", "/beheer/landelijke-samenwerkingsverbanden"));
                keuzes.add(new Keuze("Scholen importeren", "/beheer/scholen-import"));
                keuzes.add(new Keuze("Herindeling", "/beheer/herindeling"));
                keuzes.add(new Keuze("SWV-beheerders", "/beheer/swv-beheerders"));
            }
            case SWV -> {
                if (gebruiker.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || gebruiker.heeftRol(Rol.DIRECTEUR) || gebruiker.heeftRol(Rol.SWV_BEHEERDER)
                        || gebruiker.heeftRol(Rol.DESKUNDIGE) || gebruiker.heeftRol(Rol.COMMISSIELID)) {
                    keuzes.add(new Keuze("Werkvoorraad", "/swv/" + swv + "/aanvragen"));
                    keuzes.add(new Keuze("OPP's", "/swv/" + swv + "/opp"));
                }
                if (gebruiker.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || gebruiker.heeftRol(Rol.DIRECTEUR) || gebruiker.heeftRol(Rol.SWV_BEHEERDER)) {
                    keuzes.add(new Keuze("Zorgplicht", "/swv/" + swv + "/zorgplicht"));
                    keuzes.add(new Keuze("Thuiszitters", "/swv/" + swv + "/thuiszitters"));
                    keuzes.add(new Keuze("OOGO", "/swv/" + swv + "/oogo"));
                    keuzes.add(new Keuze("Deskundigen", "/swv/" + swv + "/deskundigen"));
                }
                if (gebruiker.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || gebruiker.heeftRol(Rol.COMMISSIELID)) {
                    keuzes.add(new Keuze("Commissie", "/swv/" + swv + "/commissie"));
                }
                if (gebruiker.heeftRol(Rol.FINANCIEEL_MEDEWERKER) || gebruiker.heeftRol(Rol.DIRECTEUR) || gebruiker.heeftRol(Rol.SWV_BEHEERDER)) {
                    keuzes.add(new Keuze("Budget", "/swv/" + swv + "/budget"));
                }
                if (gebruiker.heeftRol(Rol.FINANCIEEL_MEDEWERKER) || gebruiker.heeftRol(Rol.DIRECTEUR) || gebruiker.heeftRol(Rol.SWV_BEHEERDER)
                        || gebruiker.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR)) {
                    keuzes.add(new Keuze("Kengetallen", "/swv/" + swv + "/kengetallen"));
                }
                if (gebruiker.heeftRol(Rol.SWV_BEHEERDER)) {
                    keuzes.add(new Keuze("Medewerkers", "/swv/" + swv + "/medewerkers"));
                }
                if (gebruiker.heeftRol(Rol.FUNCTIONARIS_GEGEVENSBESCHERMING)) {
                    keuzes.add(new Keuze("Auditlog", "/swv/" + swv + "/auditlog"));
                    keuzes.add(new Keuze("Bewaartermijnen", "/swv/" + swv + "/bewaartermijnen"));
                    keuzes.add(new Keuze("Inzageverzoek", "/swv/" + swv + "/inzage"));
                    keuzes.add(new Keuze("AVG-verzoeken", "/swv/" + swv + "/avg-verzoeken"));
                    keuzes.add(new Keuze("Verwerkingsregister", "/swv/" + swv + "/verwerkingsregister"));
                }
                keuzes.add(new Keuze("Dekkend aanbod", "/swv/" + swv + "/dekkend-aanbod"));
            }
            case SCHOOL -> {
                var school = "/swv/" + swv + "/vestigingen/" + gebruiker.vestigingId();
                keuzes.add(new Keuze("Aanvragen", school + "/aanvragen"));
                keuzes.add(new Keuze("OPP's", school + "/opp"));
                keuzes.add(new Keuze("Aanmeldingen", school + "/aanmeldingen"));
                keuzes.add(new Keuze("Leerlingen", school + "/leerlingen"));
                keuzes.add(new Keuze("Thuiszitters", school + "/thuiszitters"));
                keuzes.add(new Keuze("Ondersteuningsprofiel", school + "/ondersteuningsprofiel"));
                if (gebruiker.heeftRol(Rol.SCHOOLDIRECTEUR)) {
                    keuzes.add(new Keuze("Medewerkers", school + "/medewerkers"));
                }
            }
            case OUDER -> {
                keuzes.add(new Keuze("Aanvragen voor mijn kind", "/ouder/aanvragen"));
                keuzes.add(new Keuze("Plan van mijn kind (OPP)", "/ouder/opp"));
                keuzes.add(new Keuze("Aanmeldingen", "/ouder/aanmeldingen"));
                keuzes.add(new Keuze("Thuiszitten", "/ouder/thuiszitters"));
            }
            case LANDELIJK -> keuzes.add(new Keuze("Kengetallen", "/inspectie/kengetallen"));
            case GEMEENTE -> {
                keuzes.add(new Keuze("Thuiszitters", "/gemeente/thuiszitters"));
                if (!gebruiker.heeftRol(Rol.JEUGDHULP)) {
                    keuzes.add(new Keuze("OOGO", "/gemeente/oogo"));
                    keuzes.add(new Keuze("Kengetallen", "/gemeente/kengetallen"));
                }
                keuzes.add(new Keuze("Samenwerkingsverbanden", "/samenwerkingsverbanden"));
            }
        }
        return new Menu(List.copyOf(keuzes));
    }

    /** Where this person's daily work starts: the first item of the menu. */
    public Keuze werkvoorraad() {
        return keuzes.isEmpty() ? null : keuzes.getFirst();
    }

    /** Whether a page lies under this menu item, for aria-current. */
    public boolean isHuidig(Keuze keuze, String pad) {
        return pad != null && (pad.equals(keuze.adres()) || pad.startsWith(keuze.adres() + "/"));
    }
}
