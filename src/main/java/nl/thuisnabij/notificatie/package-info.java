/**
 * Notifications: each person's list of what they have to know of (a new request, advice asked, a
 * supplement due, a decision), and their choice of e-mail: one per notification, a daily overview,
 * or none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
package nl.thuisnabij.notificatie;
