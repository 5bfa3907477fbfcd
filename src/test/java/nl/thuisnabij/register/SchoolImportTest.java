package nl.thuisnabij.register;

import nl.thuisnabij.shared.Regelfout;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegratieTest
@Transactional
class SchoolImportTest {

    static final String KOP = "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;"
            + "HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENAAM;SOORT ONDERWIJS;CLUSTER;ONDERWIJSSTRUCTUUR\n";

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;

    private static ByteArrayInputStream csv(String regels) {
        return new ByteArrayInputStream((KOP + regels).getBytes(StandardCharsets.UTF_8));
    }

    private long aantalVestigingen() {
        return jdbc.sql("select count(*) from vestiging").query(Long.class).single();
    }

    @Test
    void elkeVestigingKomtBijHetSamenwerkingsverbandVanHaarPostcodeEnSector() {
        var rapport = schoolImport.importeer(csv("""
                80001;Stichting Test;88AA;88AA00;Basisschool Test;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
                80001;Stichting Test;88AA;88AA01;VSO Test;Teststraat;2;3511CD;UTRECHT;Utrecht;VSO;4;
                80001;Stichting Test;88AB;88AB00;Lyceum Test;Teststraat;3;3511CD;UTRECHT;Utrecht;VO;;HAVO/VWO
                """));

        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(rapport.samenvatting()).containsExactly("3 vestigingen ingelezen: 3 nieuw, 0 bijgewerkt");
        assertThat(register.vestigingen(new SwvCode("PO2707"))).anySatisfy(v -> assertThat(v.naam()).isEqualTo("Basisschool Test"));
        assertThat(register.vestigingen(new SwvCode("VO2601"))).filteredOn(v -> v.brin().waarde().startsWith("88"))
                .extracting(Vestiging::soortOmschrijving).containsExactlyInAnyOrder("VSO cluster 4", "VO (HAVO, VWO)");
    }

    @Test
    void eenFoutiefBestandWordtPerRegelInHetNederlandsAfgewezenEnErWordtNietsIngelezen() {
        long vooraf = aantalVestigingen();

        var rapport = schoolImport.importeer(csv("""
                80001;Stichting Test;88AA;88AA00;Goede School;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
                80001;Stichting Test;12A;12A00;Slechte School;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
                80001;Stichting Test;88AC;88AC00;Dove School;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;SO;2;
                80001;Stichting Test;88AD;88AD00;Haven School;Kade;1;3197AA;ROTTERDAM;Rotterdam;BO;;
                80001;Stichting Test;88AE;88AE00;;Teststraat;1;1011;AMSTERDAM;Amsterdam;MBO;;
                80001;Stichting Test;88AA;88AA00;Dubbele School;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
                """));

        assertThat(rapport.geslaagd()).isFalse();
        assertThat(rapport.fouten()).extracting(Regelfout::toString).containsExactly(
                "regel 3: BRIN '12A' is ongeldig: verwacht twee cijfers en twee hoofdletters, bijvoorbeeld 12AB",
                "regel 3: vestigingscode '12A00' is ongeldig: verwacht BRIN plus twee cijfers (12AB00) of twee cijfers",
                "regel 4: scholen van cluster 2 zijn geen lid van een samenwerkingsverband",
                "regel 5: postcode 3197 AA valt onder geen samenwerkingsverband PO",
                "regel 6: vestigingsnaam ontbreekt",
                "regel 6: postcode '1011' is onvolledig: een adres heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB",
                "regel 6: soort onderwijs 'MBO' is onbekend: verwacht BO, SBO, SO, VSO, VO of PRO",
                "regel 7: vestiging 88AA00 staat ook op regel 2");
        assertThat(aantalVestigingen()).isEqualTo(vooraf);
    }

    @Test
    void eenSamenwerkingsverbandImporteertAlleenZijnEigenScholen() {
        var rapport = schoolImport.importeerVoor(new SwvCode("PO2707"), csv("""
                80001;Stichting Test;88AA;88AA00;Amsterdamse School;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
                80001;Stichting Test;88AB;88AB00;Utrechtse School;Teststraat;1;3511AB;UTRECHT;Utrecht;BO;;
                """));

        assertThat(rapport.fouten()).extracting(Regelfout::toString)
                .containsExactly("regel 3: vestiging in postcode 3511 AB hoort bij samenwerkingsverband PO2601, niet bij PO2707");
        assertThat(register.vestigingen(new SwvCode("PO2707"))).noneMatch(v -> v.naam().equals("Amsterdamse School"));
    }

    @Test
    void opnieuwImporterenWerktBestaandeVestigingenBij() {
        schoolImport.importeer(csv("80001;Stichting Test;88AA;88AA00;Oude Naam;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n"));
        long na1 = aantalVestigingen();

        var rapport = schoolImport.importeer(csv("80001;Stichting Test;88AA;00;Nieuwe Naam;Teststraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n"));

        assertThat(rapport.samenvatting()).containsExactly("1 vestigingen ingelezen: 0 nieuw, 1 bijgewerkt");
        assertThat(aantalVestigingen()).isEqualTo(na1);
        assertThat(register.vestigingen(new SwvCode("PO2707"))).anySatisfy(v -> assertThat(v.naam()).isEqualTo("Nieuwe Naam"));
    }

    @Test
    void eenBestandInEenAndereTekenCoderingWordtAfgewezen() {
        var latin1 = (KOP + "80001;Stichting Tëst;88AA;88AA00;School;Straat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        var rapport = schoolImport.importeer(new ByteArrayInputStream(latin1));

        assertThat(rapport.fouten()).extracting(Regelfout::toString)
                .containsExactly("regel 1: het bestand is geen UTF-8-tekst; sla het op als CSV UTF-8");
    }

    @Test
    void eenBestandMetEenNulTekenWordtAfgewezenMetDeRegelEnZonderIetsOpTeSlaan() {
        long voor = aantalVestigingen();
        var metNul = (KOP + "80001;Stichting Test;88AA;88AA00;School;Straat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n"
                + "80001;Stichting Test;88AB;88AB00;Sch\u0000ool;Straat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n").getBytes(StandardCharsets.UTF_8);

        var rapport = schoolImport.importeer(new ByteArrayInputStream(metNul));

        assertThat(rapport.fouten()).extracting(Regelfout::toString)
                .containsExactly("regel 3: deze regel bevat een onleesbaar teken (NUL); sla het bestand op als CSV UTF-8");
        assertThat(aantalVestigingen()).isEqualTo(voor);
    }
}
