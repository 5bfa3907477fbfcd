package nl.thuisnabij.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.opp.persistence.OppTellingen;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPP figures per school and for the SWV (counts only, no pupil), and the school's BRON list
 * of OPP periods.
 */
@Service
public class Oppcijfers {

    private final OppTellingen tellingen;
    private final Opplijsten lijsten;
    private final Clock klok;

    Oppcijfers(OppTellingen tellingen, Opplijsten lijsten, Clock klok) {
        this.tellingen = tellingen;
        this.lijsten = lijsten;
        this.klok = klok;
    }

    private record Sleutel(SwvCode swv, Long vestiging) {
    }

    private record Berekend(LocalDate vandaag, OppTellingen.Stand stand, List<Rapport.Tabel> tabellen) {
    }

    /** At most one entry per SWV and school site; replaced when the day or the OPPs' {@link OppTellingen.Stand} changed. */
    private final Map<Sleutel, Berekend> berekend = new ConcurrentHashMap<>();

    /**
     * The report of the SWV, or of one school site when given. Its counts are computed again only
     * when the day changed or an OPP was created or saved since, on any application node: reading
     * that state is one index scan, the counts are hundreds of milliseconds at national size.
     */
    @Transactional(readOnly = true)
    public Rapport rapport(SwvCode swv, Vestiging school, String naam) {
        var vandaag = LocalDate.now(klok);
        Long vestiging = school == null ? null : school.id();
        var sleutel = new Sleutel(swv, vestiging);
        var stand = tellingen.stand(swv.waarde(), vestiging);
        var bewaard = berekend.get(sleutel);
        if (bewaard == null || !bewaard.vandaag().equals(vandaag) || !bewaard.stand().equals(stand)) {
            bewaard = new Berekend(vandaag, stand, tabellen(swv, vestiging, vandaag));
            berekend.put(sleutel, bewaard);
        }
        return new Rapport("OPP's van " + naam, "Stand op " + Datumnotatie.kort(vandaag)
                + ". Alleen aantallen; een OPP telt mee vanaf de eerste vaststelling tot het einde.", bewaard.tabellen());
    }

    private List<Rapport.Tabel> tabellen(SwvCode swv, Long vestiging, LocalDate vandaag) {
        var tabellen = new ArrayList<Rapport.Tabel>();
        tabellen.add(new Rapport.Tabel("Lopende OPP's naar uitstroombestemming", List.of("Uitstroombestemming", "Leerlingen"),
                tellingen.perUitstroombestemming(swv.waarde(), vestiging, vandaag).stream()
                        .map(t -> List.of(t.sleutel() == null ? "niet ingevuld" : Uitstroombestemming.valueOf(t.sleutel()).omschrijving(),
                                String.valueOf(t.aantal())))
                        .toList()));
        tabellen.add(new Rapport.Tabel("Ondersteuningsbehoefte: leerlingen met een doel in het domein", List.of("Domein", "Leerlingen"),
                tellingen.perDomein(swv.waarde(), vestiging, vandaag).stream()
                        .map(t -> List.of(Ondersteuningsdomein.valueOf(t.sleutel()).omschrijving(), String.valueOf(t.aantal()))).toList()));
        var aandacht = tellingen.aandacht(swv.waarde(), vestiging, vandaag);
        tabellen.add(new Rapport.Tabel("Wat aandacht nodig heeft", List.of("Signaal", "OPP's"), List.of(
                List.of(Oppsignaal.VASTSTELLING_TE_LAAT.omschrijving(), String.valueOf(aandacht.vaststellingTeLaat())),
                List.of(Oppsignaal.EVALUATIE_TE_LAAT.omschrijving(), String.valueOf(aandacht.evaluatieTeLaat())),
                List.of(Oppsignaal.WACHT_OP_OUDERS.omschrijving(), String.valueOf(aandacht.wachtOpOuders())),
                List.of(Oppsignaal.INSTEMMING_GEWEIGERD.omschrijving(), String.valueOf(aandacht.geweigerd())))));
        tabellen.add(new Rapport.Tabel("Per schooljaar", List.of("Schooljaar", "Voor het eerst vastgesteld", "Geëvalueerd"),
                tellingen.perSchooljaar(swv.waarde(), vestiging).stream()
                        .map(j -> List.of(j.beginjaar() + "-" + (j.beginjaar() + 1), String.valueOf(j.vastgesteld()), String.valueOf(j.geevalueerd())))
                        .toList()));
        return List.copyOf(tabellen);
    }

    /** One OPP period as the school registers it in BRON. */
    public record BronRegel(String vestigingscode, long leerlingnummer, String achternaam, String voornaam, LocalDate geboortedatum,
            LocalDate begindatum, LocalDate einddatum) {
    }

    /**
     * WPO 178a lid 2 k, WVO 103b lid 2 j: a basisschool and a VO school (not praktijkonderwijs)
     * register the begin and end date of each pupil's OPP period in BRON; SBO and (V)SO do not.
     */
    public static boolean registreertInBron(Schoolsoort soort) {
        return soort == Schoolsoort.BO || soort == Schoolsoort.VO;
    }

    @Transactional(readOnly = true)
    public List<BronRegel> bron(SwvCode swv, Vestiging school, Gebruiker kijker) {
        if (!registreertInBron(school.soort())) {
            throw new NietGevondenException("een school voor " + school.soort().omschrijving() + " registreert geen OPP-periode in BRON");
        }
        return lijsten.alleVanVestiging(swv, school.id(), kijker).stream().filter(o -> o.opp().eersteVaststelling() != null)
                .map(o -> new BronRegel(school.vestigingscode(), o.leerling().id(), o.leerling().achternaam(), o.leerling().voornaam(),
                        o.leerling().geboortedatum(), o.opp().eersteVaststelling(), o.opp().beeindigdOp()))
                .sorted(java.util.Comparator.comparing(BronRegel::achternaam).thenComparing(BronRegel::voornaam)).toList();
    }
}
