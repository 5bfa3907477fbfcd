package nl.thuisnabij.shared;

import java.util.List;

/**
 * The outcome of an import. With any {@link #fouten()} nothing was imported: the file is taken
 * whole or not at all. {@link #meldingen()} are facts worth knowing that did not stop the import.
 */
public record ImportRapport(int regels, List<Regelfout> fouten, List<String> meldingen, List<String> samenvatting) {

    public ImportRapport {
        fouten = List.copyOf(fouten);
        meldingen = List.copyOf(meldingen);
        samenvatting = List.copyOf(samenvatting);
    }

    public boolean geslaagd() {
        return fouten.isEmpty();
    }

    public static ImportRapport afgewezen(int regels, List<Regelfout> fouten, List<String> meldingen) {
        return new ImportRapport(regels, fouten, meldingen, List.of());
    }
}
