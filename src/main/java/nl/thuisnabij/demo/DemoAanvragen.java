package nl.thuisnabij.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Commissie;
import nl.thuisnabij.aanvraag.DuoRegistratie;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Termijnbewaking;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.aanvraag.Deskundigen;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.leerling.Persoonsnummer;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo requests of the Amsterdam PO SWV in every state, with a commission meeting and an objection. */
@Component
class DemoAanvragen {

    private final Aanvragen aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Commissie commissie;
    private final DuoRegistratie duo;
    private final Beoordeling beoordeling;
    private final Termijnbewaking termijnbewaking;
    private final Leerlingen leerlingen;
    private final Gebruikers gebruikers;
    private final Deskundigen deskundigen;
    private final Clock klok;

    DemoAanvragen(Aanvragen aanvragen, Aanvraaginstellingen instellingen, Commissie commissie, DuoRegistratie duo, Beoordeling beoordeling,
            Termijnbewaking termijnbewaking, Leerlingen leerlingen, Gebruikers gebruikers, Deskundigen deskundigen, Clock klok) {
        this.deskundigen = deskundigen;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.commissie = commissie;
        this.duo = duo;
        this.beoordeling = beoordeling;
        this.termijnbewaking = termijnbewaking;
        this.leerlingen = leerlingen;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    boolean isGeladen() {
        return !instellingen.arrangementsoorten(DemoData.AMSTERDAM_PO).isEmpty();
    }

    @Transactional
    public void laad() {
        var swv = DemoData.AMSTERDAM_PO;
        var ib = gebruikers.loadUserByUsername("ib");
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var vandaag = LocalDate.now(klok);
        instellingen.voegArrangementsoortToe(swv, "Ambulante begeleiding gedrag", new BigDecimal("75.00"));
        instellingen.voegArrangementsoortToe(swv, "Extra handen in de klas", new BigDecimal("45.00"));
        instellingen.voegArrangementsoortToe(swv, "Taalklas NT2", new BigDecimal("60.00"));
        long gedrag = instellingen.arrangementsoorten(swv).stream().filter(s -> s.naam().startsWith("Ambulante")).findFirst().orElseThrow().id();
        // the SWV records its experts' professions; the demo school is not one of the schools they work for
        deskundigen.legVast(swv, gebruikers.loadUserByUsername("deskundige").id(), Deskundigheid.ORTHOPEDAGOOG, java.util.Set.of(), coordinator);
        deskundigen.legVast(swv, gebruikers.loadUserByUsername("deskundige2").id(), Deskundigheid.PSYCHOLOOG, java.util.Set.of(), coordinator);
        long vergadering = commissie.planVergadering(swv, vandaag.plusDays(7), java.time.LocalTime.of(14, 0),
                "Kantoor van het samenwerkingsverband, Demostraat 1, Amsterdam (vergaderzaal 2)");
        commissie.registreerAanwezige(swv, vergadering, gebruikers.loadUserByUsername("commissie").id(), "voorzitter");
        commissie.registreerAanwezige(swv, vergadering, gebruikers.loadUserByUsername("deskundige").id(), "deskundige (orthopedagoog)");

        // the demo parent is asked for her view on a draft, and sees it on her first page
        var gevraagd = concept(swv, ib, "Bram", "Peters", Aanvraagsoort.ARRANGEMENT, null);
        leerlingen.koppelOuderaccount(swv, aanvragen.detail(swv, gevraagd, ib).leerling().id(), gebruikers.loadUserByUsername("ouder").id());
        aanvragen.nodigOudersUit(swv, gevraagd, versie(swv, gevraagd, ib), ib);
        arrangement(swv, ib, "Iris", "Hendriks", gedrag);
        var behandeling = arrangement(swv, ib, "Tim", "Dekker", gedrag);
        beoordeling.neemInBehandeling(swv, behandeling, versie(swv, behandeling, coordinator), coordinator);
        beoordeling.agendeer(swv, behandeling, versie(swv, behandeling, coordinator), coordinator, vergadering);
        var aanvulling = arrangement(swv, ib, "Eva", "Brouwer", gedrag);
        beoordeling.neemInBehandeling(swv, aanvulling, versie(swv, aanvulling, coordinator), coordinator);
        beoordeling.vraagAanvulling(swv, aanvulling, versie(swv, aanvulling, coordinator), coordinator,
                "Voeg het handelingsplan van dit schooljaar toe.");
        var advies = tlv(swv, ib, "Milan", "Wouters", Aanvraagsoort.TLV_SO, "111222333");
        naarAdvies(swv, advies, coordinator);
        beoordeling.geefAdvies(swv, advies, versie(swv, advies, coordinator), gebruikers.loadUserByUsername("deskundige"), true, "Ernstige gedragsproblematiek; het SO cluster 4 sluit aan bij de ondersteuningsbehoefte.", true);
        besluitTlv(swv, tlv(swv, ib, "Zoë", "Kok", Aanvraagsoort.TLV_SBO, "123456782"), coordinator, null);
        duo.exporteerNaarDuo(swv, coordinator);
        besluitTlv(swv, tlv(swv, ib, "Luuk", "Vermeulen", Aanvraagsoort.TLV_SO, "111222333"), coordinator, Bekostigingscategorie.MIDDEN);
        var actief = arrangement(swv, ib, "Sven", "Jacobs", gedrag);
        besluitArrangement(swv, actief, coordinator, vandaag.minusMonths(2), vandaag.plusMonths(4));
        var afgelopen = arrangement(swv, ib, "Anna", "Maas", gedrag);
        besluitArrangement(swv, afgelopen, coordinator, vandaag.minusMonths(8), vandaag.minusMonths(1));
        var afgewezen = arrangement(swv, ib, "Noah", "Kuipers", gedrag);
        leerlingen.koppelOuderaccount(swv, aanvragen.detail(swv, afgewezen, ib).leerling().id(), gebruikers.loadUserByUsername("ouder").id());
        beoordeling.neemInBehandeling(swv, afgewezen, versie(swv, afgewezen, coordinator), coordinator);
        beoordeling.neemBesluit(swv, afgewezen, versie(swv, afgewezen, coordinator), coordinator, new BesluitInvoer(Besluituitkomst.AFGEWEZEN,
                "De gevraagde begeleiding valt binnen de basisondersteuning van de school.", null, null, null, null, null));
        beoordeling.dienBezwaarIn(swv, afgewezen, coordinator, Bezwaar.Indiener.OUDERS, "De school heeft de basisondersteuning al volledig ingezet.");
        var ingetrokken = concept(swv, ib, "Julia", "Smits", Aanvraagsoort.ARRANGEMENT, gedrag);
        aanvragen.trekIn(swv, ingetrokken, versie(swv, ingetrokken, ib), ib);
        termijnbewaking.bewaak();
        termijnbewaking.bewaak();
    }

    private long leerling(SwvCode swv, Gebruiker school, String voornaam, String achternaam, String persoonsnummer) {
        long id = leerlingen.registreer(swv, new NieuweLeerling(voornaam, achternaam,
                LocalDate.now(klok).minusYears(8).minusMonths(voornaam.length()),
                Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(swv, id, school.vestigingId(), LocalDate.now(klok).minusYears(3));
        leerlingen.voegOuderToe(swv, id, new OuderContact("Ouder van " + voornaam, "ouder",
                voornaam.toLowerCase() + ".ouder@demo.thuisnabij.nl", null));
        if (persoonsnummer != null) {
            leerlingen.legPersoonsnummerVast(swv, id, new Persoonsnummer(Persoonsnummer.Soort.BSN, persoonsnummer));
        }
        return id;
    }

    private long concept(SwvCode swv, Gebruiker school, String voornaam, String achternaam, Aanvraagsoort soort, Long arrangement) {
        long id = aanvragen.maakConcept(swv, school.vestigingId(), leerling(swv, school, voornaam, achternaam, null), soort, null);
        aanvragen.wijzigInhoud(swv, id, versie(swv, id, school), school, "Hoe kunnen wij " + voornaam + " in de klas houden?",
                "Structuur, voorspelbaarheid en begeleiding bij conflicten.", "Gedragsplan en gesprekken met ouders sinds vorig schooljaar.",
                arrangement);
        return id;
    }

    private long arrangement(SwvCode swv, Gebruiker school, String voornaam, String achternaam, long soort) {
        long id = concept(swv, school, voornaam, achternaam, Aanvraagsoort.ARRANGEMENT, soort);
        aanvragen.legOudergesprekVast(swv, id, versie(swv, id, school), school, "De ouders steunen de aanvraag.", true);
        aanvragen.dienIn(swv, id, versie(swv, id, school), school);
        return id;
    }

    private long tlv(SwvCode swv, Gebruiker school, String voornaam, String achternaam, Aanvraagsoort soort, String bsn) {
        long id = aanvragen.maakConcept(swv, school.vestigingId(), leerling(swv, school, voornaam, achternaam, bsn), soort, null);
        aanvragen.wijzigInhoud(swv, id, versie(swv, id, school), school, "Is speciaal onderwijs voor " + voornaam + " passend?",
                "Intensieve begeleiding in een kleine groep.", "Arrangement ambulante begeleiding, twee jaar.", null);
        aanvragen.legOudergesprekVast(swv, id, versie(swv, id, school), school, "De ouders zien dat de reguliere school niet meer past.", true);
        aanvragen.dienIn(swv, id, versie(swv, id, school), school);
        return id;
    }

    private void naarAdvies(SwvCode swv, long id, Gebruiker coordinator) {
        beoordeling.neemInBehandeling(swv, id, versie(swv, id, coordinator), coordinator);
        beoordeling.vraagAdvies(swv, id, versie(swv, id, coordinator), coordinator, gebruikers.loadUserByUsername("deskundige").id(),
                gebruikers.loadUserByUsername("deskundige2").id());
    }

    private void tweeAdviezen(SwvCode swv, long id, Gebruiker coordinator) {
        beoordeling.geefAdvies(swv, id, versie(swv, id, coordinator), gebruikers.loadUserByUsername("deskundige"), true,
                "De leerling heeft baat bij de kleine groepen van het SBO.", true);
        beoordeling.geefAdvies(swv, id, versie(swv, id, coordinator), gebruikers.loadUserByUsername("deskundige2"), true,
                "Het cognitieve profiel past bij het SBO.", true);
    }

    private void besluitTlv(SwvCode swv, long id, Gebruiker coordinator, Bekostigingscategorie categorie) {
        var start = LocalDate.now(klok).plusMonths(1);
        naarAdvies(swv, id, coordinator);
        tweeAdviezen(swv, id, coordinator);
        beoordeling.neemBesluit(swv, id, versie(swv, id, coordinator), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND,
                "Beide deskundigen adviseren positief; de leerling is aangewezen op speciaal onderwijs.", start, start.plusYears(2), categorie,
                null, null));
    }

    private void besluitArrangement(SwvCode swv, long id, Gebruiker coordinator, LocalDate van, LocalDate tot) {
        beoordeling.neemInBehandeling(swv, id, versie(swv, id, coordinator), coordinator);
        beoordeling.neemBesluit(swv, id, versie(swv, id, coordinator), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND,
                "De ondersteuningsbehoefte gaat de basisondersteuning te boven.", van, tot, null, new BigDecimal("40"), null));
    }

    private int versie(SwvCode swv, long id, Gebruiker kijker) {
        return aanvragen.detail(swv, id, kijker).aanvraag().versie();
    }
}
