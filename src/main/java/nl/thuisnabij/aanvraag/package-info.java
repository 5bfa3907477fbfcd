/** Requests of schools for arrangements and TLVs: steps, expert advice, decisions, objections, DUO registration, commission, mails. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "aanmelding", "account", "audit", "leerling", "notificatie", "opp", "register", "shared" })
package nl.thuisnabij.aanvraag;
