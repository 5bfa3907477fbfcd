package nl.thuisnabij.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date as a date field sends it (2026-11-23) or as people type it (23-11-2026); empty is allowed. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Datum.Controle.class)
public @interface Datum {

    String message() default "vul een bestaande datum in, bijvoorbeeld 23-11-2026";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Datum, String> {

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return waarde == null || waarde.isBlank() || Formuliervelden.alsDatum(waarde).isPresent();
        }
    }
}
