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
    }

    public Rapport {
        tabellen = List.copyOf(tabellen);
    }
}
