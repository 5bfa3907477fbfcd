/** The national register: SWVs, municipalities, postcode areas, boards, schools and sites. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
package nl.thuisnabij.register;
