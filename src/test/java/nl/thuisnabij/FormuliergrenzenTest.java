package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every text a person can type into a form has a limit the form states at the field (numbers, dates
 * and choices have theirs in their format); the schema
 * holds the same limits ({@code SchemaTest}). A new form field without one fails here.
 */
class FormuliergrenzenTest {

    @Test
    void elkTekstveldVanElkFormulierHeeftEenLengtegrens() throws ReflectiveOperationException {
        var zoeker = new ClassPathScanningCandidateComponentProvider(false);
        zoeker.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        zoeker.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var formulieren = new java.util.HashSet<Class<?>>();
        for (var bean : zoeker.findCandidateComponents("nl.thuisnabij")) {
            for (var methode : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
                for (var parameter : methode.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class) && parameter.getType().isRecord()) {
                        formulieren.add(parameter.getType());
                    }
                }
            }
        }
        var zonderGrens = new ArrayList<String>();
        for (var formulier : formulieren) {
            for (var veld : formulier.getRecordComponents()) {
                boolean tekst = veld.getType() == String.class || (Collection.class.isAssignableFrom(veld.getType())
                        && veld.getGenericType().getTypeName().contains("String"));
                // a number, a date or a choice from a list is bounded by its format
                var veldZelf = formulier.getDeclaredField(veld.getName());
                boolean begrensd = Stream.of(Size.class, Pattern.class, Getal.class, Datum.class, Keuze.class).anyMatch(veldZelf::isAnnotationPresent)
                        || Arrays.stream(veld.getAnnotatedType().getAnnotations()).anyMatch(a -> a instanceof Size);
                if (tekst && !begrensd) {
                    zonderGrens.add(formulier.getName() + "." + veld.getName());
                }
            }
        }

        assertThat(formulieren).as("gevonden formulieren").hasSizeGreaterThan(10);
        assertThat(zonderGrens).as("tekstvelden zonder lengtegrens").isEmpty();
    }
}
