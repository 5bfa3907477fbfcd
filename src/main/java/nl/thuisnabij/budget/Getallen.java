package nl.thuisnabij.budget;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as Dutch readers write them: 9.750. */
final class Getallen {

    private Getallen() {
    }

    static String aantal(long aantal) {
        return NumberFormat.getIntegerInstance(Locale.of("nl", "NL")).format(aantal);
    }
}
