package nl.thuisnabij.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A number as people type it: empty, or digits with at most {@link #decimalen()} decimals after a
 * comma or a point ("12,5"). The form converts it with {@link Formuliervelden}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Getal.Controle.class)
public @interface Getal {

    int decimalen() default 0;

    String message() default "vul een getal in";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Getal, String> {

        private Pattern vorm;

        @Override
        public void initialize(Getal getal) {
            vorm = Pattern.compile(getal.decimalen() == 0 ? "\\d{1,15}" : "\\d{1,12}([.,]\\d{1,%d})?".formatted(getal.decimalen()));
        }

        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return waarde == null || waarde.isBlank() || vorm.matcher(waarde.trim()).matches();
        }
    }
}
