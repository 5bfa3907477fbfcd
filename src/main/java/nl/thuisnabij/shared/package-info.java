/** Building blocks every module may use: domain exceptions with Dutch messages. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.thuisnabij.shared;
