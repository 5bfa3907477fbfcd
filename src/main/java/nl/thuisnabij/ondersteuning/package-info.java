/** School support profiles (SOP), the support catalogue and the dekkend aanbod. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "register", "shared" })
package nl.thuisnabij.ondersteuning;
