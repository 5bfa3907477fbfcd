package nl.thuisnabij.demo;

import java.io.IOException;
import java.util.List;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.register.Contactgegevens;
import nl.thuisnabij.register.RegioIndelingImport;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database for the default run: the real division, a few dozen fictional schools
 * in Amsterdam and Utrecht, and one demo account per role. Runs again harmlessly on restart.
 */
@Component
@ConditionalOnBooleanProperty(name = "thuisnabij.demo.enabled")
class DemoData implements ApplicationRunner {

    static final String WACHTWOORD = "Thuisnabij-demo-2026";
    static final SwvCode AMSTERDAM_PO = new SwvCode("PO2707");
    static final SwvCode AMSTERDAM_VO = new SwvCode("VO2708");
    static final SwvCode UTRECHT_PO = new SwvCode("PO2601");
    static final SwvCode UTRECHT_VO = new SwvCode("VO2601");

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Register register;
    private final RegioIndelingImport regioIndelingImport;
    private final SchoolImport schoolImport;
    private final Gebruikers gebruikers;
    private final DemoZorgplicht zorgplicht;
    private final DemoAanvragen aanvragen;
    private final DemoThuiszitters thuiszitters;
    private final DemoOogo oogo;
    private final DemoOpps opps;
    private final DemoBudget budget;

    DemoData(Register register, RegioIndelingImport regioIndelingImport, SchoolImport schoolImport, Gebruikers gebruikers,
            DemoZorgplicht zorgplicht, DemoAanvragen aanvragen, DemoThuiszitters thuiszitters, DemoOogo oogo, DemoOpps opps, DemoBudget budget) {
        this.budget = budget;
        this.thuiszitters = thuiszitters;
        this.opps = opps;
        this.oogo = oogo;
        this.zorgplicht = zorgplicht;
        this.aanvragen = aanvragen;
        this.register = register;
        this.regioIndelingImport = regioIndelingImport;
        this.schoolImport = schoolImport;
        this.gebruikers = gebruikers;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (register.alleSamenwerkingsverbanden().isEmpty()) {
            try (var indeling = new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getInputStream()) {
                var rapport = regioIndelingImport.importeer("regio-indeling-pc4.csv", indeling, "demo");
                LOG.info("Regio-indeling geladen: {}", rapport.samenvatting());
            }
            try (var scholen = new ClassPathResource("demo/scholen.csv").getInputStream()) {
                var rapport = schoolImport.importeer(scholen);
                if (!rapport.geslaagd()) {
                    throw new IllegalStateException("demoscholen konden niet worden geladen: " + rapport.fouten());
                }
            }
            profielen();
        }
        if (!gebruikers.bestaat("beheer")) {
            accounts();
            LOG.info("Demo-accounts aangemaakt; wachtwoord voor allemaal: {}", WACHTWOORD);
        }
        if (!zorgplicht.isGeladen()) {
            zorgplicht.laad(gebruikers.loadUserByUsername("ouder").id());
            LOG.info("Demo-ondersteuningsprofielen en -aanmeldingen geladen");
        }
        if (!aanvragen.isGeladen()) {
            if (!gebruikers.bestaat("deskundige2")) {
                account("deskundige2", "Dirk Deskundige (demo, psycholoog)", Rol.DESKUNDIGE, AMSTERDAM_PO.waarde(), null, null);
            }
            aanvragen.laad();
            LOG.info("Demo-aanvragen geladen");
        }
        if (!thuiszitters.isGeladen()) {
            thuiszitters.laad();
            LOG.info("Demo-thuiszitters geladen");
        }
        if (!oogo.isGeladen()) {
            oogo.laad();
            LOG.info("Demo-OOGO geladen");
        }
        if (!gebruikers.bestaat("ouder2")) {
            account("ouder2", "Omar Ouder (demo)", Rol.OUDER, null, null, null);
        }
        if (!opps.isGeladen()) {
            opps.laad();
            LOG.info("Demo-OPP's geladen");
        }
        if (!gebruikers.bestaat("inspectie")) {
            account("inspectie", "Ilona Inspectie (demo)", Rol.INSPECTIE, null, null, null);
        }
        if (!budget.isGeladen()) {
            budget.laad();
            LOG.info("Demobudget geladen");
        }
    }

    private void profielen() {
        profiel(AMSTERDAM_PO, "Demo-SWV Passend Primair Onderwijs Amsterdam-Diemen", "Amsterdam");
        profiel(AMSTERDAM_VO, "Demo-SWV Voortgezet Onderwijs Amsterdam-Diemen", "Amsterdam");
        profiel(UTRECHT_PO, "Demo-SWV Primair Onderwijs Utrecht", "Utrecht");
        profiel(UTRECHT_VO, "Demo-SWV Voortgezet Onderwijs Utrecht", "Utrecht");
    }

    private void profiel(SwvCode code, String naam, String plaats) {
        var swv = register.bestaandSamenwerkingsverband(code);
        var postcode = plaats.equals("Amsterdam") ? "1011AB" : "3511AB";
        register.wijzigProfiel(code, naam, new Contactgegevens("info@" + code.waarde().toLowerCase() + ".demo.thuisnabij.nl",
                "020 123 45 67", "https://" + code.waarde().toLowerCase() + ".demo.thuisnabij.nl", "Demostraat 1", postcode, plaats,
                "A. Demo (directeur)"), code.waarde().equals("PO2707") ? "#7b2d42" : null, swv.versie());
    }

    private void accounts() {
        var po = AMSTERDAM_PO.waarde();
        account("beheer", "Platformbeheerder (demo)", Rol.PLATFORMBEHEERDER, null, null, null);
        account("swvbeheer", "Sanne Beheer (demo)", Rol.SWV_BEHEERDER, po, null, null);
        account("directeur", "Dirk Directeur (demo)", Rol.DIRECTEUR, po, null, null);
        account("coordinator", "Cora Coördinator (demo)", Rol.ONDERSTEUNINGSCOORDINATOR, po, null, null);
        account("commissie", "Kees Commissie (demo)", Rol.COMMISSIELID, po, null, null);
        account("deskundige", "Dewi Deskundige (demo)", Rol.DESKUNDIGE, po, null, null);
        account("financien", "Fleur Financiën (demo)", Rol.FINANCIEEL_MEDEWERKER, po, null, null);
        account("privacy", "Pim Privacy (demo)", Rol.FUNCTIONARIS_GEGEVENSBESCHERMING, po, null, null);
        var school = eersteBasisschool(AMSTERDAM_PO);
        account("schooldirecteur", "Sophie Schoolleider (demo)", Rol.SCHOOLDIRECTEUR, po, school.id(), null);
        account("ib", "Ilse Begeleider (demo)", Rol.INTERN_BEGELEIDER, po, school.id(), null);
        long amsterdam = register.gemeenteId("Amsterdam").orElseThrow();
        account("leerplicht", "Lars Leerplicht (demo)", Rol.LEERPLICHTAMBTENAAR, null, null, amsterdam);
        account("beleid", "Bo Beleid (demo)", Rol.BELEIDSMEDEWERKER_GEMEENTE, null, null, amsterdam);
        account("jeugdhulp", "Jet Jeugdhulp (demo, wijkteam)", Rol.JEUGDHULP, null, null, amsterdam);
        account("ouder", "Olga Ouder (demo)", Rol.OUDER, null, null, null);
        account("swvbeheer.utrecht", "Umut Beheer Utrecht (demo)", Rol.SWV_BEHEERDER, UTRECHT_PO.waarde(), null, null);
    }

    private Vestiging eersteBasisschool(SwvCode swv) {
        return register.vestigingen(swv).stream().filter(v -> v.soort() == Schoolsoort.BO).findFirst()
                .orElseThrow(() -> new IllegalStateException("geen demobasisschool in " + swv));
    }

    private void account(String gebruikersnaam, String naam, Rol rol, String swv, Long vestiging, Long gemeente) {
        gebruikers.maakAan(gebruikersnaam, naam, gebruikersnaam + "@demo.thuisnabij.nl", WACHTWOORD, List.of(rol), swv, vestiging,
                gemeente);
    }
}
