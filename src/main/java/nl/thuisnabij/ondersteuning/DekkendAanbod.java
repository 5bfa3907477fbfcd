package nl.thuisnabij.ondersteuning;

import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether the SOPs of an SWV's members together cover every need (dekkend aanbod): per support
 * domain and municipality the highest level offered, with white spots where a need is offered
 * nowhere in a municipality, or nowhere in the whole SWV.
 */
@Service
public class DekkendAanbod {

    public record Cel(Niveau hoogste, List<String> scholen) {
        public boolean witteVlek() {
            return hoogste == Niveau.GEEN;
        }
    }

    public record Rij(Ondersteuningsdomein domein, List<Cel> perGemeente, Cel heleSwv) {
        public long wittePlekken() {
            return perGemeente.stream().filter(Cel::witteVlek).count();
        }
    }

    public record Matrix(SwvCode swv, Schooljaar schooljaar, List<String> gemeenten, List<Rij> rijen, List<String> scholenZonderProfiel) {
        public long wittePlekken() {
            return rijen.stream().mapToLong(Rij::wittePlekken).sum();
        }

        public List<Rij> nergensInSwv() {
            return rijen.stream().filter(r -> r.heleSwv().witteVlek()).toList();
        }
    }

    public record Punt(double x, double y, String postcode4, String gemeente, boolean witteVlek) {
    }

    public record Schoolpunt(double x, double y, String naam, Niveau niveau) {
    }

    public record Kaart(Ondersteuningsdomein domein, int breedte, int hoogte, List<Punt> postcodes, List<Schoolpunt> scholen) {
    }

    private final Register register;
    private final Catalogus catalogus;
    private final Ondersteuningsprofielen profielen;
    private final Afstanden afstanden;

    static final Duration BEWAARTIJD = Duration.ofMinutes(2);
    private final Map<Sleutel, Bewaard> berekend = new ConcurrentHashMap<>();

    DekkendAanbod(Register register, Catalogus catalogus, Ondersteuningsprofielen profielen, Afstanden afstanden) {
        this.register = register;
        this.catalogus = catalogus;
        this.profielen = profielen;
        this.afstanden = afstanden;
    }

    /**
     * The matrix of today, computed once per SWV and day and kept until a profile or the
     * catalogue of that SWV changes here. Another application node's change shows after at most
     * {@link #BEWAARTIJD}, as does a change of the register (schools, municipalities).
     */
    public Matrix matrix(SwvCode swv, LocalDate vandaag) {
        var sleutel = new Sleutel(swv, vandaag);
        var bewaard = berekend.get(sleutel);
        if (bewaard != null && bewaard.berekendOp().plus(BEWAARTIJD).isAfter(Instant.now())) {
            return bewaard.matrix();
        }
        var matrix = bereken(swv, vandaag);
        berekend.put(sleutel, new Bewaard(matrix, Instant.now(), new ConcurrentHashMap<>()));
        return matrix;
    }

    /** Forgets the matrices of an SWV whose profiles or catalogue changed, once the change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void vergeet(AanbodGewijzigd gewijzigd) {
        berekend.keySet().removeIf(sleutel -> sleutel.swv().equals(gewijzigd.swv()));
    }

    private record Sleutel(SwvCode swv, LocalDate dag) {
    }

    /** A matrix with the point maps drawn from it, one per domain, kept and forgotten together. */
    private record Bewaard(Matrix matrix, Instant berekendOp, Map<Long, Kaart> kaarten) {
    }

    @Transactional(readOnly = true)
    Matrix bereken(SwvCode swv, LocalDate vandaag) {
        var swvGegevens = register.bestaandSamenwerkingsverband(swv);
        var gemeenten = swvGegevens.gemeenten();
        var vestigingen = register.vestigingen(swv);
        var sops = profielen.huidigeVanSwv(swv, vandaag);
        var rijen = new ArrayList<Rij>();
        for (var domein : catalogus.actieveDomeinen(swv)) {
            var perGemeente = gemeenten.stream()
                    .map(gemeente -> cel(domein, vestigingen.stream().filter(v -> v.gemeente().equals(gemeente)).toList(), sops))
                    .toList();
            rijen.add(new Rij(domein, perGemeente, cel(domein, vestigingen, sops)));
        }
        var zonderProfiel = vestigingen.stream().filter(v -> !sops.containsKey(v.id())).map(Vestiging::naam).sorted().toList();
        return new Matrix(swv, Schooljaar.van(vandaag), gemeenten, rijen, zonderProfiel);
    }

    /**
     * A plain point map of the SWV's postcode areas and schools for one domain, in SVG units; drawn
     * once per kept matrix and domain, as it reads the same register and profiles as the matrix.
     */
    @Transactional(readOnly = true)
    public Kaart kaart(Matrix matrix, long domeinId, LocalDate vandaag) {
        var bewaard = berekend.get(new Sleutel(matrix.swv(), vandaag));
        if (bewaard == null || bewaard.matrix() != matrix) {
            return teken(matrix, domeinId, vandaag);
        }
        return bewaard.kaarten().computeIfAbsent(domeinId, domein -> teken(matrix, domein, vandaag));
    }

    private Kaart teken(Matrix matrix, long domeinId, LocalDate vandaag) {
        var swv = matrix.swv();
        var rij = matrix.rijen().stream().filter(r -> r.domein().id() == domeinId).findFirst()
                .orElseGet(() -> matrix.rijen().getFirst());
        Map<String, Boolean> wittePerGemeente = new java.util.HashMap<>();
        for (int i = 0; i < matrix.gemeenten().size(); i++) {
            wittePerGemeente.put(matrix.gemeenten().get(i), rij.perGemeente().get(i).witteVlek());
        }
        var gebieden = register.postcodegebieden(swv).stream()
                .flatMap(p -> afstanden.coordinaat(p.postcode4()).map(c -> Map.entry(p, c)).stream())
                .toList();
        var sops = profielen.huidigeVanSwv(swv, vandaag);
        var scholen = register.vestigingen(swv).stream()
                .flatMap(v -> afstanden.coordinaat(v.postcode().pc4()).map(c -> Map.entry(v, c)).stream())
                .toList();
        double minLat = gebieden.stream().mapToDouble(e -> e.getValue().breedtegraad()).min().orElse(52);
        double maxLat = gebieden.stream().mapToDouble(e -> e.getValue().breedtegraad()).max().orElse(53);
        double minLon = gebieden.stream().mapToDouble(e -> e.getValue().lengtegraad()).min().orElse(4);
        double maxLon = gebieden.stream().mapToDouble(e -> e.getValue().lengtegraad()).max().orElse(5);
        // Equirectangular projection, corrected for latitude: at this scale the distortion is negligible.
        double schaalX = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * schaalX, 0.01);
        double spanY = Math.max(maxLat - minLat, 0.01);
        int marge = 20;
        int breedte = 640;
        double factor = (breedte - 2 * marge) / Math.max(spanX, spanY);
        int hoogte = (int) Math.ceil(spanY * factor) + 2 * marge;
        java.util.function.ToDoubleFunction<Afstanden.Coordinaat> x = c -> marge + (c.lengtegraad() - minLon) * schaalX * factor;
        java.util.function.ToDoubleFunction<Afstanden.Coordinaat> y = c -> marge + (maxLat - c.breedtegraad()) * factor;
        var punten = gebieden.stream().map(e -> new Punt(round(x.applyAsDouble(e.getValue())), round(y.applyAsDouble(e.getValue())),
                e.getKey().postcode4(), e.getKey().gemeente(), wittePerGemeente.getOrDefault(e.getKey().gemeente(), true))).toList();
        var schoolpunten = scholen.stream().map(e -> new Schoolpunt(round(x.applyAsDouble(e.getValue())), round(y.applyAsDouble(e.getValue())),
                e.getKey().naam(), sops.containsKey(e.getKey().id()) ? sops.get(e.getKey().id()).niveauVoor(rij.domein().id()) : Niveau.GEEN))
                .sorted(Comparator.comparing(Schoolpunt::niveau)).toList();
        return new Kaart(rij.domein(), breedte, hoogte, punten, schoolpunten);
    }

    private static Cel cel(Ondersteuningsdomein domein, List<Vestiging> vestigingen, Map<Long, Schoolondersteuningsprofiel> sops) {
        var hoogste = Niveau.GEEN;
        var scholen = new ArrayList<String>();
        for (var vestiging : vestigingen) {
            var sop = sops.get(vestiging.id());
            var niveau = sop == null ? Niveau.GEEN : sop.niveauVoor(domein.id());
            if (niveau != Niveau.GEEN) {
                scholen.add(vestiging.naam());
            }
            if (niveau.compareTo(hoogste) > 0) {
                hoogste = niveau;
            }
        }
        return new Cel(hoogste, scholen.stream().sorted().collect(Collectors.toList()));
    }

    private static double round(double waarde) {
        return Math.round(waarde * 10) / 10.0;
    }
}
