package nl.thuisnabij.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * A what-if: the year's budget as it would be with more (V)SO pupils of a kind, more or fewer pupils
 * counted, or more committed — computed on a copy of the inputs; the real figures are never touched.
 */
public record Scenario(Map<Bedragsoort, Integer> extraTlvLeerlingen, int extraBo, int extraSbo, Bedrag extraVerplichtingen) {

    public Scenario {
        extraTlvLeerlingen = extraTlvLeerlingen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(extraTlvLeerlingen));
        for (var extra : extraTlvLeerlingen.entrySet()) {
            if (extra.getValue() < 0 || extra.getValue() > 10_000) {
                throw new OngeldigeInvoerException("extraTlv", "vul een aantal extra leerlingen in van 0 tot en met 10.000");
            }
            if (!Bedragsoort.tlvSoorten().contains(extra.getKey())) {
                throw new OngeldigeInvoerException("soort", "kies een soort (V)SO-leerling");
            }
        }
        if (Math.abs(extraBo) > 1_000_000 || Math.abs(extraSbo) > 1_000_000) {
            throw new OngeldigeInvoerException("extraBo", "een verandering van het leerlingaantal ligt tussen -1.000.000 en 1.000.000");
        }
        if (extraVerplichtingen.isNegatief()) {
            throw new OngeldigeInvoerException("extraVerplichtingen", "extra verplichtingen zijn 0 of meer");
        }
    }

    public boolean isLeeg() {
        return extraTlvLeerlingen.values().stream().allMatch(a -> a == 0) && extraBo == 0 && extraSbo == 0 && extraVerplichtingen.equals(Bedrag.NUL);
    }

    Leerlingtelling pasToe(Leerlingtelling telling) {
        var aantallen = new EnumMap<TypePo, Integer>(TypePo.class);
        aantallen.putAll(telling.aantallen());
        aantallen.put(TypePo.BO, Math.max(0, telling.aantal(TypePo.BO) + extraBo));
        aantallen.put(TypePo.SBO, Math.max(0, telling.aantal(TypePo.SBO) + extraSbo));
        return new Leerlingtelling(telling.peiljaar(), aantallen);
    }

    List<Begroting.TlvOpTeldatum> pasToe(List<Begroting.TlvOpTeldatum> tlvs, LocalDate teldatum) {
        var alle = new ArrayList<>(tlvs);
        long nummer = 1;
        for (var extra : extraTlvLeerlingen.entrySet()) {
            for (int i = 0; i < extra.getValue(); i++) {
                alle.add(extra.getKey().voorbeeldleerling(nummer++, teldatum));
            }
        }
        return alle;
    }

    /** Extra commitments count in full in the year: a scenario school with id 0. */
    List<Begroting.Verplichting> pasToe(List<Begroting.Verplichting> verplichtingen, Bekostigingsjaar jaar) {
        if (extraVerplichtingen.equals(Bedrag.NUL)) {
            return verplichtingen;
        }
        var alle = new ArrayList<>(verplichtingen);
        alle.add(new Begroting.Verplichting(0, 0, extraVerplichtingen, jaar.begin(), jaar.einde()));
        return alle;
    }
}
