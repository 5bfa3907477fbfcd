package nl.thuisnabij.ondersteuning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.NietGevondenException;
import org.springframework.stereotype.Service;

/**
 * For parents: the member schools of the SWV that serves their postcode, nearest first, and when
 * they name what their child needs, only the schools whose profile in force offers it. Distances
 * run between the centres of the 4-digit postcodes (a school in the same postcode area is near, not
 * at zero). Nothing about a child is stored or logged: the search is anonymous.
 */
@Service
public class Scholenzoeker {

    /** A school found, with its distance from home and the level it offers for the need asked (or null when none was asked). */
    public record School(Vestiging vestiging, Double afstandKm, Niveau niveau) {
        /** Between centres of postcode areas, so a school in the parent's own area has no distance worth naming. */
        public String afstand() {
            if (afstandKm == null) {
                return "Afstand onbekend";
            }
            return afstandKm < 0.05 ? "In uw eigen postcodegebied" : Afstanden.notatie(afstandKm) + " van uw postcode";
        }
    }

    /** What the search found for one SWV: the needs a parent may choose from and the schools. */
    public record Uitkomst(Samenwerkingsverband swv, String postcode4, List<Ondersteuningsdomein> behoeften, Optional<Ondersteuningsdomein> behoefte,
            List<School> scholen) {
    }

    private final Register register;
    private final Catalogus catalogus;
    private final Ondersteuningsprofielen profielen;
    private final Afstanden afstanden;

    Scholenzoeker(Register register, Catalogus catalogus, Ondersteuningsprofielen profielen, Afstanden afstanden) {
        this.register = register;
        this.catalogus = catalogus;
        this.profielen = profielen;
        this.afstanden = afstanden;
    }

    /** The SWV of the postcode for primary ({@code vo} false) or secondary education; empty where no SWV of that sector serves it. */
    public Optional<Uitkomst> zoek(String postcode, boolean vo, Optional<Long> behoefteId, LocalDate vandaag) {
        var pc4 = Postcode.parse(postcode).pc4();
        var swv = register.samenwerkingsverbandVoor(pc4, vo);
        if (swv.isEmpty()) {
            return Optional.empty();
        }
        var code = swv.get().code();
        var behoeften = catalogus.actieveDomeinen(code);
        var behoefte = behoefteId.map(id -> behoeften.stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("deze ondersteuning kent het samenwerkingsverband niet")));
        var sops = profielen.huidigeVanSwv(code, vandaag);
        var scholen = register.vestigingen(code).stream()
                .map(v -> new School(v, afstanden.afstandKm(pc4, v.postcode().pc4()).orElse(null),
                        behoefte.map(d -> sops.containsKey(v.id()) ? sops.get(v.id()).niveauVoor(d.id()) : Niveau.GEEN).orElse(null)))
                .filter(s -> s.niveau() != Niveau.GEEN)
                .sorted(Comparator.comparing(School::afstandKm, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.vestiging().naam()))
                .toList();
        return Optional.of(new Uitkomst(swv.get(), pc4, behoeften, behoefte, scholen));
    }
}
