package nl.thuisnabij;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructuurTest {

    private final ApplicationModules modules = ApplicationModules.of(ThuisnabijApplication.class);

    @Test
    void modulesGebruikenElkaarAlleenViaHunApi() {
        modules.verify();
    }

    @Test
    void documenteertDeModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
