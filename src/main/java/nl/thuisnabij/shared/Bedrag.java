package nl.thuisnabij.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of money in euros with cents. Amounts are exact ({@link BigDecimal}); a computation that
 * needs rounding rounds once, half-up, to cents, where the rule says so ({@link #afgerond}).
 */
public record Bedrag(BigDecimal euros) implements Comparable<Bedrag> {

    public static final Bedrag NUL = new Bedrag(BigDecimal.ZERO);

    public Bedrag {
        if (euros == null) {
            throw new OngeldigeInvoerException("een bedrag is nodig");
        }
        if (euros.stripTrailingZeros().scale() > 2) {
            throw new OngeldigeInvoerException("een bedrag heeft ten hoogste twee cijfers achter de komma: " + euros.toPlainString());
        }
        euros = euros.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Bedrag van(String euros) {
        return new Bedrag(new BigDecimal(euros));
    }

    /**
     * An amount as a person types it: "9.059,77", "9059,77", "€ 9.059,77" or "9059.77"; a dot
     * followed by three digits is a thousands separator, as in Dutch.
     */
    public static Bedrag lees(String veld, String tekst) {
        var kaal = tekst == null ? "" : tekst.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        String genormaliseerd;
        if (kaal.matches("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?") || kaal.matches("\\d+(,\\d{1,2})?")) {
            genormaliseerd = kaal.replace(".", "").replace(',', '.');
        } else if (kaal.matches("\\d+\\.\\d{1,2}")) {
            genormaliseerd = kaal;
        } else {
            throw new OngeldigeInvoerException(veld, "vul een bedrag in euro's in, zoals 9.059,77");
        }
        if (genormaliseerd.replace(".", "").length() > 12) {
            throw new OngeldigeInvoerException(veld, "dit bedrag is te groot");
        }
        return new Bedrag(new BigDecimal(genormaliseerd));
    }

    /** Rounds an exact result once, half-up, to cents. */
    public static Bedrag afgerond(BigDecimal exact) {
        return new Bedrag(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(euros.add(ander.euros));
    }

    public Bedrag min(Bedrag ander) {
        return new Bedrag(euros.subtract(ander.euros));
    }

    public Bedrag maal(long aantal) {
        return new Bedrag(euros.multiply(BigDecimal.valueOf(aantal)));
    }

    public boolean isNegatief() {
        return euros.signum() < 0;
    }

    @Override
    public int compareTo(Bedrag ander) {
        return euros.compareTo(ander.euros);
    }

    /** "€ 1.234,50", "-€ 20,00" */
    @Override
    public String toString() {
        return notatie(euros);
    }

    public static String notatie(BigDecimal euros) {
        var formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("nl", "NL")));
        return (euros.signum() < 0 ? "-€ " : "€ ") + formaat.format(euros.abs());
    }
}
