/** Fictional demo data for the default run: loads into an empty database only. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "aanmelding", "aanvraag", "account", "budget", "shared", "leerling", "ondersteuning", "oogo", "opp", "register", "thuiszitter" })
package nl.thuisnabij.demo;
