package nl.thuisnabij.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts that leave the SWV must not single out a child: a count from 1 to 4 reads "minder dan 5"
 * (primary suppression), and when a row shows its total, a second count in that row is hidden too
 * ("onderdrukt"), the smallest other one, so the first cannot be recomputed from the total
 * (secondary suppression). Zero stays visible.
 */
public final class Onderdrukking {

    public static final String MINDER_DAN_5 = "minder dan 5";
    public static final String ONDERDRUKT = "onderdrukt";

    private Onderdrukking() {
    }

    public static boolean isKlein(long aantal) {
        return aantal > 0 && aantal < 5;
    }

    public static String aantal(long aantal) {
        return isKlein(aantal) ? MINDER_DAN_5 : String.valueOf(aantal);
    }

    /**
     * @param telkolommen the columns that hold counts of children
     * @param totaalkolom the column with the row's total of those counts, or -1 when none is shown
     */
    public static Rapport.Tabel pasToe(Rapport.Tabel tabel, Set<Integer> telkolommen, int totaalkolom) {
        var rijen = new ArrayList<List<String>>();
        for (var rij : tabel.rijen()) {
            var cellen = new ArrayList<>(rij);
            int onderdrukt = 0;
            for (int k : telkolommen) {
                if (isKlein(getal(cellen.get(k)))) {
                    cellen.set(k, MINDER_DAN_5);
                    onderdrukt++;
                }
            }
            if (totaalkolom >= 0 && isKlein(getal(cellen.get(totaalkolom)))) {
                cellen.set(totaalkolom, MINDER_DAN_5);
            }
            if (totaalkolom >= 0 && onderdrukt == 1 && !cellen.get(totaalkolom).equals(MINDER_DAN_5)) {
                telkolommen.stream().filter(k -> getal(cellen.get(k)) > 0).min((a, b) -> Long.compare(getal(cellen.get(a)), getal(cellen.get(b))))
                        .ifPresent(k -> cellen.set(k, ONDERDRUKT));
            }
            rijen.add(cellen);
        }
        return new Rapport.Tabel(tabel.titel(), tabel.kolommen(), rijen);
    }

    private static long getal(String cel) {
        var getal = Rapport.geheelGetal(cel);
        return getal == null ? -1 : getal;
    }
}
