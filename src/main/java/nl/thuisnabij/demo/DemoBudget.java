package nl.thuisnabij.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.budget.Bedragsoort;
import nl.thuisnabij.budget.Bekostigingsjaar;
import nl.thuisnabij.budget.Bekostigingsregeling;
import nl.thuisnabij.budget.Budgetten;
import nl.thuisnabij.budget.LeerlingtellingImport;
import nl.thuisnabij.budget.Verdeelsleutel;
import nl.thuisnabij.budget.VestigingstellingImport;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.shared.Bedrag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A demo budget for Amsterdam-Diemen PO: this calendar year and the next, with the amounts of school
 * year 2015–2016 (the only full set found; bundled reference data) as stand-ins, and a pupil count read through the
 * real import of DUO's layout; pupils per school with a weight for every third, and a weighted key that
 * divides € 250.000 with a base of € 2.500 per school. The demo's TLVs and arrangements reach the budget
 * through their events.
 */
@Component
class DemoBudget {

    private final Budgetten budgetten;
    private final LeerlingtellingImport tellingImport;
    private final VestigingstellingImport vestigingstellingImport;
    private final Register register;
    private final Gebruikers gebruikers;
    private final Clock klok;

    DemoBudget(Budgetten budgetten, LeerlingtellingImport tellingImport, VestigingstellingImport vestigingstellingImport, Register register,
            Gebruikers gebruikers, Clock klok) {
        this.vestigingstellingImport = vestigingstellingImport;
        this.register = register;
        this.budgetten = budgetten;
        this.tellingImport = tellingImport;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    boolean isGeladen() {
        return !budgetten.jaren(DemoData.AMSTERDAM_PO).isEmpty();
    }

    void laad() {
        int jaar = LocalDate.now(klok).getYear();
        var csv = new StringBuilder("SAMENWERKINGSVERBANDNUMMER;TYPE_PO;PEILJAAR;GESLACHT;AANTAL_LEERLINGEN\n");
        for (int peiljaar : new int[] {jaar, jaar + 1}) {
            int groei = peiljaar - jaar;
            csv.append("PO2707;BO;%d;MAN;%d\nPO2707;BO;%d;VROUW;%d\n".formatted(peiljaar, 4_790 + 12 * groei, peiljaar, 4_690 + 15 * groei));
            csv.append("PO2707;SBO;%d;MAN;%d\nPO2707;SBO;%d;VROUW;%d\n".formatted(peiljaar, 141, peiljaar, 71));
            csv.append("PO2707;SO;%d;MAN;%d\nPO2707;SO;%d;VROUW;%d\n".formatted(peiljaar, 104, peiljaar, 56));
            csv.append("PO2708;BO;%d;MAN;%d\n".formatted(peiljaar, 3_000));
        }
        var rapport = tellingImport.leesIn(DemoData.AMSTERDAM_PO, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        if (!rapport.geslaagd()) {
            throw new IllegalStateException("de demotelling kon niet worden ingelezen: " + rapport.fouten());
        }
        var financien = gebruikers.loadUserByUsername("financien");
        for (int j : new int[] {jaar, jaar + 1}) {
            budgetten.legRegelingVast(DemoData.AMSTERDAM_PO, new Bekostigingsregeling(new Bekostigingsjaar(String.valueOf(j)), LocalDate.of(j, 2, 1),
                    null, "Demo: de bedragen van schooljaar 2015-2016 (Regeling 15-10-2015, PO/FenV/813493) als voorbeeld; vervang ze door die van " + j,
                    bedragen2015(), 0), 0, financien);
        }
        var scholen = new StringBuilder("VESTIGINGSCODE;PEILJAAR;AANTAL_LEERLINGEN;GEWICHT\n");
        int nummer = 0;
        for (var school : register.vestigingen(DemoData.AMSTERDAM_PO).stream().filter(v -> v.soort() == Schoolsoort.BO).toList()) {
            nummer++;
            scholen.append("%s;%d;%d;%s\n".formatted(school.vestigingscode(), jaar - 1, 120 + (nummer * 53) % 380, nummer % 3 == 0 ? "1,2" : "1"));
        }
        var perSchool = vestigingstellingImport.leesIn(DemoData.AMSTERDAM_PO, new ByteArrayInputStream(scholen.toString().getBytes(StandardCharsets.UTF_8)));
        if (!perSchool.geslaagd()) {
            throw new IllegalStateException("de demotelling per school kon niet worden ingelezen: " + perSchool.fouten());
        }
        budgetten.legVerdeelsleutelVast(DemoData.AMSTERDAM_PO, new Bekostigingsjaar(String.valueOf(jaar)),
                new Verdeelsleutel(Bedrag.van("250000.00"), Bedrag.van("2500.00"), true, 0), 0, financien);
    }

    /** The amounts of 2015–2016 as bundled reference data (see referentiedata/README.md). */
    private static EnumMap<Bedragsoort, Bedrag> bedragen2015() {
        var bedragen = new EnumMap<Bedragsoort, Bedrag>(Bedragsoort.class);
        try (var invoer = new ClassPathResource("referentiedata/bekostiging-2015-2016.csv").getInputStream()) {
            new String(invoer.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(regel -> regel.split(";"))
                    .forEach(velden -> bedragen.put(Bedragsoort.valueOf(velden[0]), Bedrag.van(velden[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bedragen;
    }
}
