package nl.thuisnabij.budget;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.budget.persistence.BudgetRepository.NieuweRealisatie;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.Regelfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the SWV paid on its arrangements: the invoices or hours the schools report, each with
 * the kenmerk of the decision (beschikkingsnummer, as on the letter: PO2707-1234-1). All or nothing;
 * an invoice number is read once, so reading a file twice changes nothing and says so.
 */
@Service
public class RealisatieImport {

    static final List<String> KOLOMMEN = List.of("BESCHIKKINGSNUMMER", "FACTUURNUMMER", "DATUM", "BEDRAG");

    private final BudgetRepository repository;
    private final AuditLog auditLog;
    private final Clock klok;

    RealisatieImport(BudgetRepository repository, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    private record Regel(int regel, long aanvraagId, NieuweRealisatie realisatie) {
    }

    @Transactional
    public ImportRapport leesIn(SwvCode swv, InputStream bestand, Gebruiker door) {
        CsvBestand csv;
        try {
            csv = CsvBestand.lees(bestand, KOLOMMEN, String.join(", ", KOLOMMEN) + " (en eventueel UREN en OMSCHRIJVING)");
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var kenmerk = Pattern.compile(Pattern.quote(swv.waarde()) + "-(\\d{1,18})(-\\d{1,4})?");
        var fouten = new ArrayList<Regelfout>();
        var regels = new ArrayList<Regel>();
        var inBestand = new HashSet<String>();
        for (var rij : csv.rijen()) {
            int voor = fouten.size();
            var gevonden = kenmerk.matcher(rij.get("BESCHIKKINGSNUMMER"));
            if (!gevonden.matches()) {
                fouten.add(new Regelfout(rij.regel(), "BESCHIKKINGSNUMMER '%s' is geen kenmerk van een besluit van %s, zoals %s-1234-1"
                        .formatted(rij.get("BESCHIKKINGSNUMMER"), swv.waarde(), swv.waarde())));
            }
            var factuur = rij.get("FACTUURNUMMER");
            if (factuur.isEmpty() || factuur.length() > 100) {
                fouten.add(new Regelfout(rij.regel(), "FACTUURNUMMER is leeg of langer dan 100 tekens"));
            } else if (!inBestand.add(factuur)) {
                fouten.add(new Regelfout(rij.regel(), "factuur %s staat twee keer in het bestand".formatted(factuur)));
            }
            var datum = Bestandsdatum.lees(rij.get("DATUM"));
            if (datum.isEmpty()) {
                fouten.add(new Regelfout(rij.regel(), "DATUM '%s' is geen datum zoals 1-3-2026".formatted(rij.get("DATUM"))));
            }
            Bedrag bedrag = null;
            try {
                bedrag = Bedrag.lees("BEDRAG", rij.get("BEDRAG"));
            } catch (OngeldigeInvoerException e) {
                fouten.add(new Regelfout(rij.regel(), "BEDRAG '%s': %s".formatted(rij.get("BEDRAG"), e.getMessage())));
            }
            var urenTekst = rij.get("UREN").replace(',', '.');
            if (!urenTekst.isEmpty() && !urenTekst.matches("\\d{1,6}(\\.\\d{1,2})?")) {
                fouten.add(new Regelfout(rij.regel(), "UREN '%s' is geen aantal uren zoals 12,5".formatted(rij.get("UREN"))));
            }
            if (fouten.size() == voor) {
                long aanvraag = Long.parseLong(gevonden.group(1));
                var omschrijving = rij.get("OMSCHRIJVING");
                regels.add(new Regel(rij.regel(), aanvraag, new NieuweRealisatie(aanvraag, factuur, datum.orElseThrow(), bedrag.euros(),
                        urenTekst.isEmpty() ? null : new BigDecimal(urenTekst), omschrijving.isEmpty() ? null : omschrijving.substring(0, Math.min(500, omschrijving.length())))));
            }
        }
        var bekend = repository.verplichtingenVan(swv.waarde(), regels.stream().map(Regel::aanvraagId).toList());
        var gelezen = repository.bekendeFacturen(swv.waarde(), regels.stream().map(r -> r.realisatie().factuurnummer()).toList());
        for (var regel : regels) {
            if (!bekend.contains(regel.aanvraagId())) {
                fouten.add(new Regelfout(regel.regel(), "er is geen arrangement met kenmerk %s-%d toegekend".formatted(swv.waarde(), regel.aanvraagId())));
            }
            if (gelezen.contains(regel.realisatie().factuurnummer())) {
                fouten.add(new Regelfout(regel.regel(), "factuur %s is al eerder ingelezen".formatted(regel.realisatie().factuurnummer())));
            }
        }
        if (fouten.isEmpty() && regels.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand heeft geen facturen"));
        }
        if (!fouten.isEmpty()) {
            fouten.sort(java.util.Comparator.comparingInt(Regelfout::regel));
            return ImportRapport.afgewezen(csv.rijen().size(), fouten, List.of());
        }
        repository.boekRealisaties(swv.waarde(), regels.stream().map(Regel::realisatie).toList(), door.naam(), klok.instant());
        var totaal = regels.stream().map(r -> new Bedrag(r.realisatie().bedrag())).reduce(Bedrag.NUL, Bedrag::plus);
        auditLog.schrijven(swv.waarde(), "realisatie", null, "%d facturen ingelezen, samen %s".formatted(regels.size(), totaal));
        return new ImportRapport(csv.rijen().size(), List.of(), List.of(),
                List.of("%d facturen ingelezen, samen %s.".formatted(regels.size(), totaal)));
    }
}
