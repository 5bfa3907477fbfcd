package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The register stands alone: started with only its own module and the modules it may use (audit,
 * shared) — no accounts, requests, registrations or demo data — it reads the official division into
 * an empty database and answers which SWV covers a postcode. On an application of its own, so it
 * runs in a thread beside the other tests.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("registermodule")
class RegisterModuleTest {

    @Autowired
    RegioIndelingImport regioIndelingImport;
    @Autowired
    Register register;
    @Autowired
    ApplicationContext context;

    @Test
    void hetRegisterLeestDeIndelingInEnVindtHetSamenwerkingsverbandZonderDeAndereModules() throws IOException {
        assertThat(context.getBeansOfType(nl.thuisnabij.aanvraag.Aanvragen.class)).as("requests are not started").isEmpty();
        assertThat(context.getBeansOfType(nl.thuisnabij.account.Gebruikers.class)).as("accounts are not started").isEmpty();
        assertThat(register.zoekOpPostcode("1011")).as("an empty database: no demo data").isInstanceOf(Zoekresultaat.Onbekend.class);

        var rapport = regioIndelingImport.importeer("regio-indeling.csv",
                new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getInputStream(), "moduletest");

        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(register.zoekOpPostcode("1011")).isInstanceOfSatisfying(Zoekresultaat.Gevonden.class,
                gevonden -> assertThat(gevonden.samenwerkingsverbanden()).extracting(s -> s.code().waarde()).contains("PO2707", "VO2708"));
    }
}
