/**
 * The AVG duties of an SWV as controller: the register of processing activities (art. 30), made from
 * what every module declares, the subject-access export of one pupil (art. 15), the record of AVG
 * requests, the retention policy, and the privacy officer's search of the audit log, also by pupil.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "leerling", "register", "shared" })
package nl.thuisnabij.privacy;
