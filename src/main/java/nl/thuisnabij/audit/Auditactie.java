package nl.thuisnabij.audit;

public enum Auditactie {
    LEZEN, SCHRIJVEN, INLOGGEN, GEWEIGERD
}
