/** OOGO: the SWV's consultations with its municipalities on the ondersteuningsplan and youth care, with their agreements. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "register", "shared" })
package nl.thuisnabij.oogo;
