/**
 * The append-only audit log of every read and write of personal data, and its search (by user, record,
 * action, period or pupil); the privacy officer's pages on it are in {@code privacy}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.thuisnabij.audit;
