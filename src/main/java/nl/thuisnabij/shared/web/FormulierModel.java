package nl.thuisnabij.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page starts with no refused form; a step that refuses its form replaces it (see {@link Formulierstap}). */
@ControllerAdvice
class FormulierModel {

    @ModelAttribute(Formulier.MODEL)
    Formulier formulier() {
        return Formulier.leeg();
    }
}
