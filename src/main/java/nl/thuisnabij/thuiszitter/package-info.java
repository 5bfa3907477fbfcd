/** Thuiszitters: the shared register with the municipalities' leerplicht, the plan per child and the three-month escalation. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "leerling", "ondersteuning", "register", "shared" })
package nl.thuisnabij.thuiszitter;
