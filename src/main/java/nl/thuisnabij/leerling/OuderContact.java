package nl.thuisnabij.leerling;

import nl.thuisnabij.shared.OngeldigeInvoerException;

/** A parent or guardian and how to reach them. */
public record OuderContact(String naam, String relatie, String email, String telefoon) {

    public OuderContact {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("vul de naam van de ouder of verzorger in");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new OngeldigeInvoerException("'%s' is geen geldig e-mailadres".formatted(email));
        }
        relatie = relatie == null || relatie.isBlank() ? "ouder" : relatie.trim();
    }
}
