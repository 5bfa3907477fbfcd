package nl.thuisnabij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.oogo.Gemeentecontacten;
import nl.thuisnabij.oogo.Overleg;
import nl.thuisnabij.oogo.Overleggen;
import nl.thuisnabij.register.Register;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A demo OOGO of Amsterdam-Diemen with its municipalities (one agreement done, one overdue, one open) and contacts at Amsterdam. */
@Component
class DemoOogo {

    private final Overleggen overleggen;
    private final Gemeentecontacten contacten;
    private final Register register;
    private final Gebruikers gebruikers;
    private final Clock klok;

    DemoOogo(Overleggen overleggen, Gemeentecontacten contacten, Register register, Gebruikers gebruikers, Clock klok) {
        this.overleggen = overleggen;
        this.contacten = contacten;
        this.register = register;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    boolean isGeladen() {
        return !overleggen.vanSwv(DemoData.AMSTERDAM_PO).isEmpty();
    }

    @Transactional
    public void laad() {
        var vandaag = LocalDate.now(klok);
        var directeur = gebruikers.loadUserByUsername("directeur");
        Set<Long> gemeenten = register.gemeenten(DemoData.AMSTERDAM_PO).stream().map(Register.GemeenteInfo::id).collect(Collectors.toSet());
        long id = overleggen.legVast(DemoData.AMSTERDAM_PO, vandaag.minusMonths(2), Overleg.Onderwerp.ONDERSTEUNINGSPLAN,
                "Dirk Directeur (SWV), wethouder onderwijs Amsterdam, beleidsadviseur jeugd Diemen, Bo Beleid (gemeente Amsterdam)", gemeenten,
                directeur);
        overleggen.legAfspraakVast(id, overleggen.overleg(id, directeur).versie(), "Thuiszitterstafel elke maand met leerplicht en wijkteams",
                "Samenwerkingsverband", vandaag.minusWeeks(2), directeur);
        overleggen.legAfspraakVast(id, overleggen.overleg(id, directeur).versie(), "Onderwijs-zorgarrangementen: gezamenlijke financiering uitwerken",
                "Gemeente Amsterdam", vandaag.minusDays(5), directeur);
        overleggen.legAfspraakVast(id, overleggen.overleg(id, directeur).versie(), "Ondersteuningsplan 2027–2031 samen evalueren",
                "Samenwerkingsverband en gemeenten", vandaag.plusMonths(4), directeur);
        overleggen.meldGereed(id, overleggen.overleg(id, directeur).versie(), 1, directeur);
        var amsterdam = register.gemeenteId("Amsterdam").orElseThrow();
        contacten.voegToe(DemoData.AMSTERDAM_PO, amsterdam, "Lars Leerplicht", "leerplichtambtenaar", "leerplicht@demo.thuisnabij.nl", "020 555 01 01");
        contacten.voegToe(DemoData.AMSTERDAM_PO, amsterdam, "Bo Beleid", "beleidsmedewerker onderwijs en jeugd", "beleid@demo.thuisnabij.nl", null);
    }
}
