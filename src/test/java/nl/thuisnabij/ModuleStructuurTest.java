package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructuurTest {

    private final ApplicationModules modules = ApplicationModules.of(ThuisnabijApplication.class);

    @Test
    void modulesGebruikenElkaarAlleenViaHunApi() {
        modules.verify();
    }

    /** The diagrams and module canvases in docs/modules are drawn from the code by this test, so they stay true. */
    @Test
    void documenteertDeModulesInDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("docs/modules/components.puml")).exists();
        assertThat(Path.of("docs/modules/module-aanvraag.adoc")).exists();
    }
}
