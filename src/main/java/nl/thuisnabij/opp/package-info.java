/** Ontwikkelingsperspectief: the OPP per pupil in versions, the OOGO and consent of the parents, the yearly evaluation, BRON registration. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "leerling", "ondersteuning", "register", "shared" })
package nl.thuisnabij.opp;
