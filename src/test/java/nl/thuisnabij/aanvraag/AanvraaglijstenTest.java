package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.leerling.Persoonsnummer;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Pagina;
import nl.thuisnabij.shared.NietGevondenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class AanvraaglijstenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    Aanvraaglijsten lijsten;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    AanvraagRepository repository;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    Aanvraaginstellingen instellingen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void deLijstToontElkeGebruikerPreciesDeAanvragenDieDeToegangsregelHemLaatZien() {
        var alle = repository.findByIds(SWV, jdbc.sql("select id from aanvraag where swv_code = 'PO2707'").query(Long.class).list());
        for (var naam : List.of("coordinator", "directeur", "swvbeheer", "deskundige", "deskundige2", "commissie", "ib", "schooldirecteur",
                "financien", "privacy")) {
            var kijker = gebruikers.loadUserByUsername(naam);
            var aangemeld = kijker.vestigingId() == null ? Set.<Long>of() : aanmeldingen.inOnderzoekBij(SWV, kijker.vestigingId());
            var verwacht = alle.stream().filter(a -> AanvraagToegang.magZien(kijker, a, leerlingen.vind(SWV, a.leerlingId()).orElse(null),
                            AanvraagToegang.isSchool(kijker) && aangemeld.contains(a.leerlingId())))
                    .map(Aanvraag::id).sorted().toList();

            var getoond = alleBladzijden(kijker, Aanvraaglijsten.Filter.alles());

            assertThat(getoond).as("aanvragen in de lijst van %s", naam).containsExactlyInAnyOrderElementsOf(verwacht);
            var aantallen = lijsten.werkvoorraad(SWV, kijker, Aanvraaglijsten.Filter.alles()).aantallen();
            assertThat(aantallen.values().stream().mapToLong(Long::longValue).sum()).as("aantallen van %s", naam).isEqualTo(verwacht.size());
        }
    }

    @Test
    void eenLangeLijstKomtInBladzijdenVanVijftigNieuwsteEerstZonderGatenOfDubbelen() {
        var school = nieuweSchoolgebruiker();
        var gemaakt = new ArrayList<Long>();
        for (int i = 0; i < Pagina.GROOTTE + 7; i++) {
            long leerling = leerlingen.registreer(SWV, new NieuweLeerling("Blad" + i, "Lijsttest", LocalDate.of(2016, 5, 1), Postcode.volledig("1016AB"), null));
            leerlingen.schrijfIn(SWV, leerling, school.vestigingId(), LocalDate.of(2022, 8, 20));
            gemaakt.add(aanvragen.maakConcept(SWV, school.vestigingId(), leerling, Aanvraagsoort.ARRANGEMENT, null));
        }

        var eerste = lijsten.werkvoorraad(SWV, school, Aanvraaglijsten.Filter.alles()).pagina();
        var tweede = lijsten.werkvoorraad(SWV, school, new Aanvraaglijsten.Filter(null, null, false, null, eerste.volgende())).pagina();

        assertThat(eerste.regels()).hasSize(Pagina.GROOTTE);
        assertThat(eerste.volgende()).isNotNull();
        assertThat(tweede.regels()).hasSize(7);
        assertThat(tweede.volgende()).isNull();
        var ids = new ArrayList<Long>();
        eerste.regels().forEach(r -> ids.add(r.id()));
        tweede.regels().forEach(r -> ids.add(r.id()));
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder()).containsExactlyInAnyOrderElementsOf(gemaakt);
    }

    @Test
    void deLijstFiltertOpStatusEnZoektOpDeNaamVanDeLeerlingOfDeSchool() {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var leerling = jdbc.sql("""
                select l.achternaam from aanvraag a join leerling l on l.id = a.leerling_id
                 where a.swv_code = 'PO2707' and a.status = 'INGEDIEND' order by a.id limit 1""").query(String.class).single();

        var ingediend = alleRegels(coordinator, new Aanvraaglijsten.Filter(AanvraagStatus.INGEDIEND, null, false, null, null));
        var gezocht = alleRegels(coordinator, new Aanvraaglijsten.Filter(null, leerling.toUpperCase(), false, null, null));

        assertThat(ingediend).isNotEmpty().allMatch(r -> r.status() == AanvraagStatus.INGEDIEND);
        assertThat(gezocht).isNotEmpty().allMatch(r -> r.leerling().naam().contains(leerling) || r.school().naam().contains(leerling));
    }

    @Test
    void deWerkvoorraadToontDeOpenAanvragenMetEerstWatActieNodigHeeftEnDanDeKortsteTermijn() {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Werkvoorraad", aanvragen, leerlingen, jdbc);
        long nieuw = bouwer.ingediend(Aanvraagsoort.TLV_SO, "Wessel", null, null);

        var open = lijsten.werkvoorraad(SWV, coordinator, new Aanvraaglijsten.Filter(null, null, false, null, null, Aanvraaglijsten.Weergave.OPEN,
                Aanvraaglijsten.Sortering.ACTIE, false)).aanvragen();

        assertThat(open).isNotEmpty().allMatch(r -> r.status().isOpen());
        assertThat(open).extracting(Aanvraagregel::id).contains(nieuw);
        var nieuwe = open.stream().filter(r -> r.id() == nieuw).findFirst().orElseThrow();
        assertThat(nieuwe.actieNodig()).as("ingediend: de coördinator moet hem in behandeling nemen").isTrue();
        assertThat(nieuwe.kenmerk()).isEqualTo("PO2707-" + nieuw);
        assertThat(nieuwe.beslistermijnTot()).isEqualTo(nieuwe.ingediendOp().plusWeeks(instellingen.beleid(SWV).beslistermijnWeken()));
        int eersteZonderActie = java.util.stream.IntStream.range(0, open.size()).filter(i -> !open.get(i).actieNodig()).findFirst().orElse(open.size());
        assertThat(open.subList(eersteZonderActie, open.size())).as("actie nodig staat bovenaan").noneMatch(Aanvraagregel::actieNodig);
        assertThat(open.subList(0, eersteZonderActie)).extracting(Aanvraagregel::beslistermijnTot)
                .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

        var opNaam = lijsten.werkvoorraad(SWV, coordinator, new Aanvraaglijsten.Filter(null, null, false, null, null, Aanvraaglijsten.Weergave.OPEN,
                Aanvraaglijsten.Sortering.LEERLING, true)).aanvragen();
        assertThat(opNaam).extracting(r -> r.leerling().achternaam().toLowerCase() + " " + r.leerling().voornaam().toLowerCase())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        var afgehandeld = alleRegels(coordinator, new Aanvraaglijsten.Filter(null, null, false, null, null, Aanvraaglijsten.Weergave.AFGEHANDELD,
                Aanvraaglijsten.Sortering.ACTIE, false));
        assertThat(afgehandeld).isNotEmpty().noneMatch(r -> r.status().isOpen());
    }

    @Test
    void deSchoolZietWatZeMoetDoenEnEenAndereSchoolZietHetNiet() {
        var school = nieuweSchoolgebruiker();
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var bouwer = new AanvraagBouwer(SWV, school, "Tedoen", aanvragen, leerlingen, jdbc);
        long concept = aanvragen.maakConcept(SWV, school.vestigingId(), bouwer.leerling("Cas", null), Aanvraagsoort.TLV_SO, null);
        long aanvulling = bouwer.ingediend(Aanvraagsoort.TLV_SO, "Anouk", null, null);
        beoordeling.neemInBehandeling(SWV, aanvulling, bouwer.versie(aanvulling), coordinator);
        beoordeling.vraagAanvulling(SWV, aanvulling, bouwer.versie(aanvulling), coordinator, "Het verslag van het psychologisch onderzoek ontbreekt.");
        var uiterlijk = LocalDate.now().plusDays(instellingen.beleid(SWV).aanvullingDagen());

        var teDoen = lijsten.teDoenVoorSchool(SWV, school);

        assertThat(teDoen).extracting(Aanvraagregel::id).containsExactly(aanvulling, concept);
        assertThat(teDoen.getFirst().teDoenVoorSchool()).contains("Aanvulling gevraagd: lever die uiterlijk " + nl.thuisnabij.shared.Datumnotatie.lang(uiterlijk) + ".");
        assertThat(teDoen.get(1).teDoenVoorSchool()).get().asString().startsWith("Maak de aanvraag af");

        aanvragen.legOudergesprekVast(SWV, concept, bouwer.versie(concept), school, "Wij willen graag dat Cas naar het SO gaat.", true);
        assertThat(lijsten.teDoenVoorSchool(SWV, school).get(1).teDoenVoorSchool()).contains("Gesprek met de ouders vastgelegd: dien de aanvraag in.");
        assertThat(lijsten.teDoenVoorSchool(SWV, nieuweSchoolgebruiker())).as("een andere school").isEmpty();
    }

    @Test
    void eenTermijnZegtHoeveelDagenErNogZijnOfHoeveelTeLaatZonderDagEnDagen() {
        var kern = new Aanvraagregel.Kern(1, SWV, 1, 1, Aanvraagsoort.ARRANGEMENT, false, AanvraagStatus.IN_BEHANDELING, LocalDate.of(2026, 10, 1), null,
                null, null, false, 0, null, Aanvraagregel.Ouderinbreng.NIET_GEVRAAGD);
        var regel = new Aanvraagregel(kern, null, null, null, LocalDate.of(2026, 11, 12));

        assertThat(regel.termijn(LocalDate.of(2026, 11, 1))).isEqualTo("nog 11 dagen");
        assertThat(regel.termijn(LocalDate.of(2026, 11, 11))).isEqualTo("nog 1 dag");
        assertThat(regel.termijn(LocalDate.of(2026, 11, 12))).isEqualTo("vandaag");
        assertThat(regel.termijn(LocalDate.of(2026, 11, 15))).isEqualTo("3 dagen te laat");
        var besloten = new Aanvraagregel(new Aanvraagregel.Kern(1, SWV, 1, 1, Aanvraagsoort.ARRANGEMENT, false, AanvraagStatus.BESLOTEN,
                LocalDate.of(2026, 10, 1), null, null, null, false, 0, null, Aanvraagregel.Ouderinbreng.NIET_GEVRAAGD), null, null, null, LocalDate.of(2026, 11, 12));
        assertThat(besloten.termijn(LocalDate.of(2026, 11, 15))).as("besloten: geen termijn meer").isEqualTo("—");
    }

    @Test
    void deCoordinatorDownloadtDeWerkvoorraadZoalsHijHemZietEnEenSchoolNiet() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var pagina = mvc.perform(get("/swv/PO2707/aanvragen").param("sorteer", "TERMIJN").with(user(coordinator))).andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("aria-sort=\"ascending\"", "Open aanvragen", "Beslistermijn");

        var xlsx = mvc.perform(get("/swv/PO2707/aanvragen.xlsx").param("sorteer", "KENMERK").with(user(coordinator))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        var open = lijsten.werkvoorraad(SWV, coordinator, new Aanvraaglijsten.Filter(null, null, false, null, null, Aanvraaglijsten.Weergave.OPEN,
                Aanvraaglijsten.Sortering.KENMERK, false)).aanvragen();
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var rijen = werkboek.getFirstSheet().read();
            var kop = rijen.stream().filter(r -> "Kenmerk".equals(r.getCellText(0))).findFirst().orElseThrow();
            var kenmerken = rijen.subList(rijen.indexOf(kop) + 1, rijen.size()).stream().map(r -> r.getCellText(0)).filter(t -> t.startsWith("PO2707-")).toList();
            assertThat(kenmerken).containsExactlyElementsOf(open.stream().map(Aanvraagregel::kenmerk).toList());
        }
        var school = mvc.perform(get("/swv/PO2707/aanvragen.csv").with(user(gebruikers.loadUserByUsername("ib")))).andReturn().getResponse();
        assertThat(school.getStatus()).isEqualTo(403);
    }

    private List<Long> alleBladzijden(Gebruiker kijker, Aanvraaglijsten.Filter filter) {
        return alleRegels(kijker, filter).stream().map(Aanvraagregel::id).toList();
    }

    private List<Aanvraagregel> alleRegels(Gebruiker kijker, Aanvraaglijsten.Filter filter) {
        var regels = new ArrayList<Aanvraagregel>();
        Long na = null;
        do {
            var pagina = lijsten.werkvoorraad(SWV, kijker, new Aanvraaglijsten.Filter(filter.status(), filter.zoek(), filter.alleenMijn(),
                    filter.vergadering(), na, filter.weergave(), filter.sortering(), filter.aflopend())).pagina();
            regels.addAll(pagina.regels());
            na = pagina.volgende();
        } while (na != null);
        return regels;
    }

    @Test
    void naEenSchoolwisselZietDeOudeSchoolDeAanvragenVanDieLeerlingNietMeerDeNieuweSchoolEnHetSwvWel() {
        var oudeSchool = nieuweSchoolgebruiker();
        long id = new AanvraagBouwer(SWV, oudeSchool, "Vertrektest", aanvragen, leerlingen, jdbc).ingediend(Aanvraagsoort.TLV_SO, "Vera", null, null);
        long leerling = repository.findById(SWV, id).orElseThrow().leerlingId();
        assertThat(alleBladzijden(oudeSchool, Aanvraaglijsten.Filter.alles())).as("voor het vertrek").contains(id);

        long nieuweSchool = jdbc.sql("select min(id) from vestiging where swv_code = 'PO2707' and id <> ?").param(oudeSchool.vestigingId())
                .query(Long.class).single();
        leerlingen.schrijfIn(SWV, leerling, nieuweSchool, LocalDate.now());
        leerlingen.legPersoonsnummerVast(SWV, leerling, new Persoonsnummer(Persoonsnummer.Soort.BSN, "111222333"));

        assertThat(alleBladzijden(oudeSchool, Aanvraaglijsten.Filter.alles())).as("lijst van de oude school").doesNotContain(id);
        assertThat(lijsten.werkvoorraad(SWV, oudeSchool, Aanvraaglijsten.Filter.alles()).aantallen()).as("aantallen van de oude school").isEmpty();
        assertThatThrownBy(() -> aanvragen.detail(SWV, id, oudeSchool)).isInstanceOf(NietGevondenException.class);
        assertThat(aanvragen.detail(SWV, id, gebruikers.loadUserByUsername("coordinator")).aanvraag().id()).as("het SWV").isEqualTo(id);
    }

    /** An intern begeleider of a school without requests yet, so the list holds only what the test makes. */
    private Gebruiker nieuweSchoolgebruiker() {
        long vestiging = jdbc.sql("""
                select v.id from vestiging v where v.swv_code = 'PO2707'
                   and not exists (select 1 from aanvraag a where a.vestiging_id = v.id) order by v.id limit 1""").query(Long.class).single();
        return new Gebruiker(-1, "lijsttest", "Lijst Test", null, List.of(Rol.INTERN_BEGELEIDER), SWV.waarde(), vestiging, null, true);
    }
}
