package nl.thuisnabij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanmelding.Zorgplichtbeleid;
import nl.thuisnabij.aanmelding.Vakantie;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.AanbodInvoer;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsdomein;
import nl.thuisnabij.ondersteuning.Ondersteuningsprofielen;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the zorgplicht: a profile for every demo school (with a white spot, a school
 * below the basis and one overdue profile) and registrations in every state.
 */
@Component
class DemoZorgplicht {

    private final Register register;
    private final Catalogus catalogus;
    private final Ondersteuningsprofielen profielen;
    private final Aanmeldingen aanmeldingen;
    private final Zorgplichtbeleid zorgplichtbeleid;
    private final Gebruikers gebruikers;
    private final Clock klok;

    DemoZorgplicht(Register register, Catalogus catalogus, Ondersteuningsprofielen profielen, Aanmeldingen aanmeldingen,
            Zorgplichtbeleid zorgplichtbeleid, Gebruikers gebruikers, Clock klok) {
        this.gebruikers = gebruikers;
        this.zorgplichtbeleid = zorgplichtbeleid;
        this.register = register;
        this.catalogus = catalogus;
        this.profielen = profielen;
        this.aanmeldingen = aanmeldingen;
        this.klok = klok;
    }

    boolean isGeladen() {
        return !profielen.huidigeVanSwv(DemoData.AMSTERDAM_PO, LocalDate.now(klok)).isEmpty();
    }

    @Transactional
    public void laad(long ouderGebruikerId) {
        var vandaag = LocalDate.now(klok);
        for (var swv : List.of(DemoData.AMSTERDAM_PO, DemoData.AMSTERDAM_VO, DemoData.UTRECHT_PO, DemoData.UTRECHT_VO)) {
            profielen(swv, vandaag);
        }
        zorgplichtbeleid.voegVakantieToe(DemoData.AMSTERDAM_PO, new Vakantie("Kerstvakantie (demo)", LocalDate.of(vandaag.getYear(), 12, 19),
                LocalDate.of(vandaag.getYear() + 1, 1, 3)));
        aanmeldingen(DemoData.AMSTERDAM_PO, vandaag, ouderGebruikerId);
    }

    private void profielen(SwvCode swv, LocalDate vandaag) {
        var domeinen = catalogus.actieveDomeinen(swv);
        var schooljaar = Schooljaar.van(vandaag);
        int nummer = 0;
        for (var school : register.vestigingen(swv)) {
            nummer++;
            var aanbod = new ArrayList<AanbodInvoer>();
            for (var domein : domeinen) {
                aanbod.add(new AanbodInvoer(domein.id(), niveau(school, domein, nummer), expertise(school, domein), null, null));
            }
            var vastgesteld = nummer == 3 ? vandaag.minusYears(5) : schooljaar.eersteDag().plusWeeks(6).isAfter(vandaag)
                    ? schooljaar.eersteDag() : schooljaar.eersteDag().plusWeeks(6);
            var jaar = nummer == 3 ? Schooljaar.van(vastgesteld) : schooljaar;
            profielen.legVast(swv, school.id(), jaar, vastgesteld, school.soort() == Schoolsoort.BO ? nummer % 4 : 6,
                    "Demoprofiel: fictieve school.", aanbod, null);
        }
    }

    /** Regular schools offer the basis and one or two specialities; special schools go further. */
    private static Niveau niveau(Vestiging school, Ondersteuningsdomein domein, int nummer) {
        if (domein.code().equals("zintuiglijk")) {
            return Niveau.GEEN;
        }
        if (school.soort() == Schoolsoort.SO || school.soort() == Schoolsoort.VSO) {
            var specialisme = school.cluster() == 3 ? List.of("cognitieve-beperking", "lichamelijk-medisch")
                    : List.of("gedrag", "sociaal-emotioneel", "adhd", "autisme");
            return specialisme.contains(domein.code()) ? Niveau.EXTRA : Niveau.BASIS;
        }
        if (school.soort() == Schoolsoort.SBO || school.soort() == Schoolsoort.PRO) {
            return domein.vereistNiveau() == Niveau.GEEN && !domein.code().equals("cognitieve-beperking") ? Niveau.GEEN : Niveau.EXTRA;
        }
        if (nummer == 5 && domein.code().equals("autisme")) {
            return Niveau.GEEN;
        }
        if (domein.vereistNiveau() == Niveau.GEEN) {
            return nummer % 3 == 0 && domein.code().equals("lichamelijk-medisch") ? Niveau.BASIS : Niveau.GEEN;
        }
        return (nummer + domein.volgorde() / 10) % 5 == 0 ? Niveau.EXTRA : Niveau.BASIS;
    }

    private static String expertise(Vestiging school, Ondersteuningsdomein domein) {
        return switch (domein.code()) {
            case "lezen-dyslexie" -> "dyslexieprotocol, leesspecialist";
            case "gedrag" -> school.soort() == Schoolsoort.SO || school.soort() == Schoolsoort.VSO ? "gedragsspecialist, kleine groepen" : "PBS";
            case "autisme" -> "prikkelarme werkplek";
            default -> null;
        };
    }

    private void aanmeldingen(SwvCode swv, LocalDate vandaag, long ouderGebruikerId) {
        var scholen = register.vestigingen(swv).stream().filter(v -> v.soort() == Schoolsoort.BO).toList();
        var eerste = scholen.getFirst();
        var domeinen = catalogus.actieveDomeinen(swv);
        long autisme = domeinen.stream().filter(d -> d.code().equals("autisme")).findFirst().orElseThrow().id();
        long gedrag = domeinen.stream().filter(d -> d.code().equals("gedrag")).findFirst().orElseThrow().id();

        registreer(swv, eerste, "Noor", "de Vries", "1015AB", vandaag.minusDays(4), vandaag.plusMonths(3), Map.of(), ouderGebruikerId);
        var verlengd = registreer(swv, eerste, "Sem", "Jansen", "1017CD", vandaag.minusWeeks(5), vandaag.plusWeeks(4), Map.of(autisme, Niveau.BASIS), null);
        aanmeldingen.verleng(swv, eerste.id(), verlengd, versie(swv, eerste, verlengd), "aanvullend onderzoek door de orthopedagoog");
        registreer(swv, eerste, "Lotte", "Bakker", "1018EF", vandaag.minusWeeks(7), vandaag.minusWeeks(1), Map.of(gedrag, Niveau.BASIS), null);
        registreer(swv, scholen.get(1), "Daan", "Visser", "1051GH", vandaag.minusWeeks(11), vandaag.minusWeeks(2), Map.of(gedrag, Niveau.EXTRA), null);
        var toegelaten = registreer(swv, scholen.get(1), "Emma", "Smit", "1052JK", vandaag.minusWeeks(4), vandaag.plusWeeks(8), Map.of(), null);
        besluit(swv, scholen.get(1), toegelaten, AanmeldingStatus.TOEGELATEN, null);
        var arrangement = registreer(swv, scholen.get(2), "Finn", "Meijer", "1053LM", vandaag.minusWeeks(5), vandaag.plusWeeks(6),
                Map.of(autisme, Niveau.EXTRA), null);
        besluit(swv, scholen.get(2), arrangement, AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT, "ambulante begeleiding autisme via het SWV");
        var zoekend = registreer(swv, eerste, "Julia", "de Boer", "1016NP", vandaag.minusWeeks(6), vandaag.plusWeeks(4),
                Map.of(gedrag, Niveau.EXTRA), ouderGebruikerId);
        besluit(swv, eerste, zoekend, AanmeldingStatus.NIET_TOEGELATEN, "de leerling heeft intensieve gedragsbegeleiding in een kleine groep nodig");
        var kandidaten = aanmeldingen.zoekPlaats(swv, eerste.id(), zoekend, coordinator());
        aanmeldingen.stelVoor(swv, eerste.id(), zoekend, versie(swv, eerste, zoekend), kandidaten.getFirst().vestiging().id(), coordinator());
        aanmeldingen.beantwoordVoorstel(swv, kandidaten.getFirst().vestiging().id(), zoekend, 1, false, "groep is vol tot de zomer");
        var geplaatst = registreer(swv, scholen.get(3), "Lucas", "Mulder", "1062QR", vandaag.minusWeeks(9), vandaag.minusWeeks(1),
                Map.of(gedrag, Niveau.EXTRA), null);
        besluit(swv, scholen.get(3), geplaatst, AanmeldingStatus.NIET_TOEGELATEN, "gedragsbegeleiding boven de basis nodig");
        var plek = aanmeldingen.zoekPlaats(swv, scholen.get(3).id(), geplaatst, coordinator()).getFirst().vestiging().id();
        aanmeldingen.stelVoor(swv, scholen.get(3).id(), geplaatst, versie(swv, scholen.get(3), geplaatst), plek, coordinator());
        aanmeldingen.beantwoordVoorstel(swv, plek, geplaatst, 1, true, null);
        var wachtend = registreer(swv, scholen.get(4), "Mila", "de Groot", "1073ST", vandaag.minusWeeks(3), vandaag.plusWeeks(10),
                Map.of(autisme, Niveau.EXTRA), null);
        besluit(swv, scholen.get(4), wachtend, AanmeldingStatus.NIET_TOEGELATEN, "meer structuur en een prikkelarme omgeving nodig");
        var kandidaat = aanmeldingen.zoekPlaats(swv, scholen.get(4).id(), wachtend, coordinator()).getFirst().vestiging().id();
        aanmeldingen.stelVoor(swv, scholen.get(4).id(), wachtend, versie(swv, scholen.get(4), wachtend), kandidaat, coordinator());
        var ingetrokken = registreer(swv, scholen.get(5), "Levi", "Bos", "1074UV", vandaag.minusWeeks(2), vandaag.plusWeeks(12), Map.of(), null);
        aanmeldingen.trekIn(swv, scholen.get(5).id(), ingetrokken, versie(swv, scholen.get(5), ingetrokken));
        var beeindigd = registreer(swv, scholen.get(5), "Sara", "Vos", "1075WX", vandaag.minusWeeks(8), vandaag.minusWeeks(2),
                Map.of(gedrag, Niveau.BASIS), null);
        aanmeldingen.beeindigZorgplicht(swv, scholen.get(5).id(), beeindigd, versie(swv, scholen.get(5), beeindigd),
                "ouders werken na herhaald verzoek niet mee aan het onderzoek");
        var vol = registreer(swv, scholen.get(1), "Bram", "Peters", "1051GJ", vandaag.minusWeeks(2), vandaag.plusWeeks(10), Map.of(), null);
        besluit(swv, scholen.get(1), vol, AanmeldingStatus.GEWEIGERD_VOL, "groep 5 heeft 29 leerlingen; het toelatingsbeleid geldt voor iedereen");
        var grondslag = registreer(swv, scholen.get(2), "Yara", "Kok", "1053LN", vandaag.minusWeeks(3), vandaag.plusWeeks(9), Map.of(), null);
        besluit(swv, scholen.get(2), grondslag, AanmeldingStatus.GEWEIGERD_GRONDSLAG, "de ouders willen niet dat hun kind de vieringen bijwoont");
        var wachtOpInformatie = registreer(swv, eerste, "Saar", "Hendriks", "1016NR", vandaag.minusWeeks(2), vandaag.plusWeeks(10),
                Map.of(autisme, Niveau.BASIS), null);
        aanmeldingen.vraagAanvulling(swv, eerste.id(), wachtOpInformatie, versie(swv, eerste, wachtOpInformatie),
                "het verslag van het onderzoek door de jeugdarts", vandaag.plusWeeks(2));
        aanmeldingen.registreer(swv, eerste.id(), new NieuweLeerling("Ties", "Willems", vandaag.minusYears(2).minusMonths(8),
                Postcode.volledig("1015AC"), null), vandaag.minusDays(2), vandaag.plusYears(1).plusMonths(4), false, Map.of());
        aanmeldingen.escaleerVerlopen();
    }

    private long registreer(SwvCode swv, Vestiging school, String voornaam, String achternaam, String postcode, LocalDate aangemeld,
            LocalDate start, Map<Long, Niveau> behoeften, Long ouder) {
        var geboren = LocalDate.now(klok).minusYears(4).minusMonths(voornaam.length());
        return aanmeldingen.registreer(swv, school.id(), new NieuweLeerling(voornaam, achternaam, geboren, Postcode.volledig(postcode), ouder),
                aangemeld, start, !behoeften.isEmpty(), behoeften);
    }

    private void besluit(SwvCode swv, Vestiging school, long id, AanmeldingStatus uitkomst, String toelichting) {
        aanmeldingen.neemBesluit(swv, school.id(), id, versie(swv, school, id), uitkomst, toelichting);
    }

    private int versie(SwvCode swv, Vestiging school, long id) {
        return aanmeldingen.overzicht(swv, school.id(), id, coordinator()).aanmelding().versie();
    }

    /** The demo SWV's coordinator works the registrations through the chain, as the SWV's care staff may. */
    private Gebruiker coordinator() {
        return gebruikers.loadUserByUsername("coordinator");
    }
}
