package nl.thuisnabij.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** A choice from a fixed list: empty, or the name of one of the enum's constants. Required-ness is {@code @NotBlank}'s job. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Keuze.Controle.class)
public @interface Keuze {

    Class<? extends Enum<?>> value();

    String message() default "kies een van de mogelijkheden in de lijst";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Keuze, String> {

        private Enum<?>[] mogelijkheden;

        @Override
        public void initialize(Keuze keuze) {
            mogelijkheden = keuze.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return waarde == null || waarde.isBlank() || Arrays.stream(mogelijkheden).anyMatch(m -> m.name().equals(waarde.trim()));
        }
    }
}
