package nl.thuisnabij.shared;

import java.util.List;

/**
 * A report as tables of text, ready to show on a page or write to a CSV, spreadsheet or PDF: the
 * module that makes it decides every figure (and what is suppressed), the formats only lay it out.
 */
public record Rapport(String titel, String toelichting, List<Tabel> tabellen) {

    public record Tabel(String titel, List<String> kolommen, List<List<String>> rijen) {

        public Tabel {
            kolommen = List.copyOf(kolommen);
            rijen = rijen.stream().map(List::copyOf).toList();
            for (var rij : rijen) {
                if (rij.size() != kolommen.size()) {
                    throw new IllegalArgumentException("een rij van '%s' heeft %d cellen, de tabel %d kolommen".formatted(titel, rij.size(), kolommen.size()));
                }
            }
        }

        /**
         * Each row's figure in the column as a share (0 to 100) of the largest, for a bar chart beside
         * the table; a cell that is not a whole number (written 9750 or 9.750; e.g. "minder dan 5") gets no bar.
         */
        public List<Long> staven(int kolom) {
            var getallen = rijen.stream().map(rij -> geheelGetal(rij.get(kolom))).map(g -> g == null || g < 0 ? 0L : g).toList();
            long hoogste = getallen.stream().mapToLong(Long::longValue).max().orElse(0);
            return getallen.stream().map(g -> hoogste == 0 ? 0L : g * 100 / hoogste).toList();
        }
    }

    public Rapport {
        tabellen = List.copyOf(tabellen);
    }

    private static final java.util.regex.Pattern GEHEEL_GETAL = java.util.regex.Pattern.compile("-?(\\d{1,12}|\\d{1,3}(\\.\\d{3}){1,3})");

    /** A cell holding a whole number as Dutch readers write it (9750, 9.750, -3), or null for any other text. */
    public static Long geheelGetal(String cel) {
        return GEHEEL_GETAL.matcher(cel).matches() ? Long.valueOf(cel.replace(".", "")) : null;
    }
}
