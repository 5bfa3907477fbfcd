package nl.thuisnabij.shared.web;

/**
 * A form that carries the version of the record the person loaded, so a change someone else saved
 * meanwhile is detected instead of overwritten. The form's validation makes sure it is a number.
 */
public interface GeladenVersie {

    String versie();

    default int geladenVersie() {
        return Integer.parseInt(versie().strip());
    }
}
