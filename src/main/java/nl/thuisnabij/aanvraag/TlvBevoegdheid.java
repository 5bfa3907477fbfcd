package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Component;

/**
 * Which SWV decides a TLV, in one place: a newer law (a woonplaatsbeginsel has been announced, not
 * enacted) changes only this class. The rule itself is {@link #bepaal}, on plain facts; the
 * component gathers those facts for a request.
 */
@Component
class TlvBevoegdheid {

    /** Why an SWV is the competent one: shown on the request and in the decision letter. */
    enum Grond {
        VERVOLG("een vervolg op een eerdere toelaatbaarheidsverklaring: het samenwerkingsverband dat die afgaf beslist"),
        SBO("het samenwerkingsverband waartoe de school voor speciaal basisonderwijs behoort beslist (WPO art. 40 lid 8)"),
        PRO_LWOO("over praktijkonderwijs en leerwegondersteuning beslist het samenwerkingsverband voortgezet onderwijs van de school waar de "
                + "leerling is aangemeld of ingeschreven"),
        VORIGE_SCHOOL("het samenwerkingsverband van de school waar de leerling direct daarvoor stond ingeschreven beslist "
                + "(WEC art. 40 lid 11 en 13, onder a: de verwijzer betaalt)"),
        LANDELIJK("de leerling stond niet op een school ingeschreven en is aangemeld bij een school van een landelijk samenwerkingsverband: "
                + "dat landelijk samenwerkingsverband beslist (WEC art. 40 lid 11 en 13, onder c)"),
        WOONADRES("de leerling stond niet op een school ingeschreven: het samenwerkingsverband van het woonadres beslist "
                + "(WEC art. 40 lid 11 en 13, onder b)"),
        BUITENLAND("de leerling woont in het buitenland en stond niet op een school in Nederland ingeschreven: het samenwerkingsverband van "
                + "de school waar de leerling is aangemeld beslist (WEC art. 40 lid 11 en 13, onder b)");

        private final String uitleg;

        Grond(String uitleg) {
            this.uitleg = uitleg;
        }

        String uitleg() {
            return uitleg;
        }
    }

    /** The competent SWV, on which ground, with the fact it rests on (which school, which earlier TLV, which postcode). */
    record Uitkomst(String swv, Grond grond, String feit) {

        String toelichting() {
            return grond.uitleg() + (feit == null ? "" : " — " + feit);
        }
    }

    /** A school the pupil was enrolled at. */
    record Inschrijving(Schoolsoort soort, String swv, String school, LocalDate van, LocalDate tot) {
    }

    private final Leerlingen leerlingen;
    private final Register register;
    private final AanvraagRepository aanvragen;

    TlvBevoegdheid(Leerlingen leerlingen, Register register, AanvraagRepository aanvragen) {
        this.leerlingen = leerlingen;
        this.register = register;
        this.aanvragen = aanvragen;
    }

    /**
     * The rule (WEC art. 40 lid 11 for SO, lid 13 for VSO; WPO art. 40 lid 8 for SBO):
     * <ol>
     * <li>a follow-up TLV comes from the SWV that issued the earlier one (practice; the earlier one names it);</li>
     * <li>SBO: the SWV the SBO school belongs to — the requesting SWV, whose SBO schools its TLVs admit to;
     * praktijkonderwijs and leerwegondersteuning: the VO SWV of the school the pupil is registered at or enrolled at;</li>
     * <li>the pupil was enrolled immediately before at a school of the TLV's kind of education (SO: a WPO
     * school or an SO school; VSO: a WVO school, praktijkonderwijs included, or a VSO school): the SWV of
     * that school, "de verwijzer betaalt" — the current enrolment, else the last one;</li>
     * <li>otherwise, when the school applied to belongs to a landelijk SWV: that landelijk SWV — the requesting one;</li>
     * <li>otherwise the SWV of the area the pupil lives in; for a pupil living abroad, the SWV of the
     * school applied to — the requesting one.</li>
     * </ol>
     */
    static Uitkomst bepaal(Aanvraagsoort soort, String aanvragendSwv, boolean aanvragerLandelijk, String eerdereAfgever, List<Inschrijving> historie, String swvVanWoonadres,
            String postcode, String woonland) {
        if (eerdereAfgever != null) {
            return new Uitkomst(eerdereAfgever, Grond.VERVOLG, null);
        }
        if (soort == Aanvraagsoort.TLV_SBO) {
            return new Uitkomst(aanvragendSwv, Grond.SBO, null);
        }
        if (soort == Aanvraagsoort.TLV_PRO || soort == Aanvraagsoort.LWOO) {
            return new Uitkomst(aanvragendSwv, Grond.PRO_LWOO, null);
        }
        var telt = soort == Aanvraagsoort.TLV_SO ? Set.of(Schoolsoort.BO, Schoolsoort.SBO, Schoolsoort.SO)
                : Set.of(Schoolsoort.VO, Schoolsoort.PRO, Schoolsoort.VSO);
        var vorige = historie.stream().filter(i -> telt.contains(i.soort()))
                .max(Comparator.comparing((Inschrijving i) -> i.tot() == null ? LocalDate.MAX : i.tot()).thenComparing(Inschrijving::van));
        if (vorige.isPresent()) {
            var school = vorige.get();
            return new Uitkomst(school.swv(), Grond.VORIGE_SCHOOL, (school.tot() == null ? "ingeschreven op " : "laatst ingeschreven op ") + school.school());
        }
        if (aanvragerLandelijk) {
            return new Uitkomst(aanvragendSwv, Grond.LANDELIJK, null);
        }
        if (woonland != null) {
            return new Uitkomst(aanvragendSwv, Grond.BUITENLAND, "woont in " + woonland);
        }
        if (swvVanWoonadres == null) {
            throw new OngeldigeInvoerException("bij het woonadres van de leerling (postcode " + postcode + ") hoort geen samenwerkingsverband");
        }
        return new Uitkomst(swvVanWoonadres, Grond.WOONADRES, "woont in postcode " + postcode);
    }

    /** The competent SWV for this request, on the facts of today (the law looks at the moment of admission). */
    Uitkomst bepaal(SwvCode swv, Aanvraag a) {
        var eerdereAfgever = a.verlengingVan() == null ? null
                : aanvragen.findById(swv, a.verlengingVan()).flatMap(Aanvraag::huidigBesluit).map(Besluit::bevoegdSwv).orElse(swv.waarde());
        var leerling = leerlingen.vind(swv, a.leerlingId()).orElseThrow();
        var inschrijvingen = leerlingen.schoolhistorie(swv, a.leerlingId());
        var scholen = register.vestigingen(inschrijvingen.stream().map(Leerlingen.Inschrijving::vestigingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Vestiging::id, v -> v));
        var historie = inschrijvingen.stream().filter(i -> scholen.containsKey(i.vestigingId())).map(i -> {
            var v = scholen.get(i.vestigingId());
            return new Inschrijving(v.soort(), v.swv().waarde(), v.naam(), i.van(), i.tot());
        }).toList();
        var woonadres = leerling.woontInBuitenland() ? null : register.zoekOpPostcode(leerling.postcode().pc4()) instanceof Zoekresultaat.Gevonden gevonden
                ? gevonden.samenwerkingsverbanden().stream().filter(s -> s.sector() == a.soort().sector()).map(s -> s.code().waarde()).findFirst()
                        .orElse(null)
                : null;
        return bepaal(a.soort(), swv.waarde(), register.bestaandSamenwerkingsverband(swv).landelijk(), eerdereAfgever, historie, woonadres, leerling.woontInBuitenland() ? null : leerling.postcode().toString(),
                leerling.woonland());
    }
}
