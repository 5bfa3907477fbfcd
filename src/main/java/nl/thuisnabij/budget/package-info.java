/**
 * Budget: what the SWV receives for extra support, what DUO deducts for its (V)SO and SBO pupils,
 * and what it committed to schools in arrangements — per funding year, from rules that are data
 * (amounts, count date, thresholds, each with its source) and from the aanvraag module's events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "aanvraag", "account", "audit", "leerling", "register", "shared" })
package nl.thuisnabij.budget;
