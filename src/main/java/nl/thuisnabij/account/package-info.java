/** People, their roles and organisation, login and the tenant guard of every /swv path. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "register", "shared" })
package nl.thuisnabij.account;
