/** The append-only audit log of every read and write of personal data, and its search for the privacy officer. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.thuisnabij.audit;
