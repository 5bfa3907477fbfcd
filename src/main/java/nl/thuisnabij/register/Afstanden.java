package nl.thuisnabij.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Distances between 4-digit postcodes, from GeoNames' place points (CC BY 4.0, credit
 * www.geonames.org). Kilometre-level estimates, fit for ranking schools by distance from a
 * pupil's home, not for legal decisions. A postcode without a point (6236) has no distance.
 */
@Service
public class Afstanden {

    public static final String BRONVERMELDING = "Afstanden berekend met postcodepunten van GeoNames (www.geonames.org), CC BY 4.0.";
    private static final double AARDSTRAAL_KM = 6371.0;

    public record Coordinaat(double breedtegraad, double lengtegraad) {
    }

    private final Map<String, Coordinaat> punten;

    Afstanden() {
        punten = lees();
    }

    public Optional<Coordinaat> coordinaat(String postcode4) {
        return Optional.ofNullable(punten.get(postcode4));
    }

    /** Great-circle distance in km between the points of two postcodes, if both are known. */
    public Optional<Double> afstandKm(String van, String naar) {
        var a = punten.get(van);
        var b = punten.get(naar);
        if (a == null || b == null) {
            return Optional.empty();
        }
        double dLat = Math.toRadians(b.breedtegraad() - a.breedtegraad());
        double dLon = Math.toRadians(b.lengtegraad() - a.lengtegraad());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.breedtegraad()))
                * Math.cos(Math.toRadians(b.breedtegraad())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Optional.of(2 * AARDSTRAAL_KM * Math.asin(Math.sqrt(h)));
    }

    /** A distance as Dutch readers write it: "3,9 km"; under 100 m is "minder dan 0,1 km". */
    public static String notatie(Number km) {
        if (km == null) {
            return "onbekend";
        }
        var afgerond = java.math.BigDecimal.valueOf(km.doubleValue()).setScale(1, java.math.RoundingMode.HALF_UP);
        return afgerond.signum() == 0 ? "minder dan 0,1 km" : afgerond.toPlainString().replace('.', ',') + " km";
    }

    private static Map<String, Coordinaat> lees() {
        var resultaat = new HashMap<String, Coordinaat>();
        try {
            var tekst = new ClassPathResource("referentiedata/pc4-centroids.csv").getContentAsString(StandardCharsets.UTF_8);
            tekst.lines().skip(1).forEach(regel -> {
                var delen = regel.split(",", 4);
                resultaat.put(delen[0], new Coordinaat(Double.parseDouble(delen[1]), Double.parseDouble(delen[2])));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("postcodepunten niet gevonden", e);
        }
        return Map.copyOf(resultaat);
    }
}
