package nl.thuisnabij.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page starts with no refused form (a step that refuses its form replaces it, see {@link Formulierstap}) and a fresh key for forms sent once. */
@ControllerAdvice
class FormulierModel {

    @ModelAttribute(Formulier.MODEL)
    Formulier formulier() {
        return Formulier.leeg();
    }

    /** A fresh key for the forms that create something, so each is carried out once (see {@link Eenmalig}). */
    @ModelAttribute(Eenmalig.VELD)
    String eenmalig() {
        return java.util.UUID.randomUUID().toString();
    }
}
