/** The pupil file: minimal personal data, parents, school history, moves between SWVs. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "register", "shared" })
package nl.thuisnabij.leerling;
