/**
 * Kengetallen: the SWV's key figures per school year for its board, the OPR, the municipalities and
 * the Inspectie — participation, TLVs, processing times, arrangements, zorgplicht terms, OPPs and
 * thuiszitters — from the counts each module offers, never from their tables; suppressed when they
 * leave the SWV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "aanmelding", "aanvraag", "account", "budget", "ondersteuning", "opp",
        "register", "shared", "thuiszitter" })
package nl.thuisnabij.kengetallen;
