package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** A school holiday of the SWV's region, first and last day included. */
public record Vakantie(String naam, LocalDate van, LocalDate totEnMet) {

    public Vakantie {
        if (van == null || totEnMet == null || totEnMet.isBefore(van)) {
            throw new OngeldigeInvoerException("totEnMet", "een vakantie heeft een begin- en einddatum, de einddatum niet vóór het begin");
        }
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && !dag.isAfter(totEnMet);
    }
}
