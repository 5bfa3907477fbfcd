/** Aanmeldingen under the zorgplicht: registration, the legal terms, the placement search and the dashboard. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "leerling", "ondersteuning", "register", "shared" })
package nl.thuisnabij.aanmelding;
