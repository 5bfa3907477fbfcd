package nl.thuisnabij.shared;

import java.util.List;

/**
 * One page of a list, newest first; {@code volgende} is the key to continue after the last row
 * (keyset paging), or null on the last page.
 */
public record Pagina<T>(List<T> regels, Long volgende) {

    public static final int GROOTTE = 50;

    /** Cuts the one row read beyond the page, which only tells that there is a next page. */
    public static <T> Pagina<T> van(List<T> gelezen, java.util.function.ToLongFunction<T> sleutel) {
        if (gelezen.size() <= GROOTTE) {
            return new Pagina<>(gelezen, null);
        }
        var pagina = gelezen.subList(0, GROOTTE);
        return new Pagina<>(List.copyOf(pagina), sleutel.applyAsLong(pagina.getLast()));
    }

    public boolean isLeeg() {
        return regels.isEmpty();
    }
}
