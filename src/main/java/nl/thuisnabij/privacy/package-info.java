/**
 * The AVG duties of an SWV as controller: the register of processing activities (art. 30), made from
 * what every module declares, and the subject-access export of one pupil (art. 15).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "leerling", "register", "shared" })
package nl.thuisnabij.privacy;
