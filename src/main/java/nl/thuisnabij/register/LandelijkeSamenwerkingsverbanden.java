package nl.thuisnabij.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.persistence.LandelijkSwvRepository;
import nl.thuisnabij.register.persistence.SamenwerkingsverbandRepository;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Landelijke samenwerkingsverbanden (WPO 18a lid 15, WVO 17a lid 16): boards of schools of one
 * denomination may join one for the whole country instead of the SWV of their area. The division
 * does not list them, so the platform administrator registers each with the schools that joined;
 * those schools' sites of its sector then belong to it, here and in every later school import.
 */
@Service
public class LandelijkeSamenwerkingsverbanden {

    /** A landelijk SWV with the BRIN numbers of its schools. */
    public record Landelijk(Samenwerkingsverband swv, List<String> scholen) {
    }

    /** What registering did, for the confirmation. */
    public record Vastgelegd(Samenwerkingsverband swv, int scholen, int vestigingenOvergenomen, int vestigingenTeruggegeven) {

        public String melding() {
            var tekst = new StringBuilder("%s is vastgelegd met %d %s".formatted(swv.weergavenaam(), scholen, scholen == 1 ? "school" : "scholen"));
            tekst.append("; %d %s van deze scholen %s er nu bij".formatted(vestigingenOvergenomen, vestigingenOvergenomen == 1 ? "vestiging" : "vestigingen",
                    vestigingenOvergenomen == 1 ? "hoort" : "horen"));
            if (vestigingenTeruggegeven > 0) {
                tekst.append("; %d %s terug naar het samenwerkingsverband van de postcode".formatted(vestigingenTeruggegeven,
                        vestigingenTeruggegeven == 1 ? "vestiging ging" : "vestigingen gingen"));
            }
            return tekst.append('.').toString();
        }
    }

    private final LandelijkSwvRepository repository;
    private final SamenwerkingsverbandRepository samenwerkingsverbanden;
    private final AuditLog auditLog;

    LandelijkeSamenwerkingsverbanden(LandelijkSwvRepository repository, SamenwerkingsverbandRepository samenwerkingsverbanden, AuditLog auditLog) {
        this.repository = repository;
        this.samenwerkingsverbanden = samenwerkingsverbanden;
        this.auditLog = auditLog;
    }

    public List<Landelijk> overzicht() {
        return samenwerkingsverbanden.findByCodes(repository.landelijkeCodes()).stream()
                .map(swv -> new Landelijk(swv, repository.scholen(swv.code().waarde()))).toList();
    }

    /**
     * Registers a new landelijk SWV ({@code gelezenVersie} null) or changes one: its name and the
     * schools that joined it, as BRIN numbers separated by spaces, commas or lines.
     */
    @Transactional
    public Vastgelegd legVast(String codeInvoer, String naam, String scholenInvoer, Integer gelezenVersie) {
        SwvCode code;
        try {
            code = SwvCode.van(codeInvoer);
        } catch (OngeldigeInvoerException fout) {
            throw fout.bijVeld("code");
        }
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam van het landelijk samenwerkingsverband in");
        }
        var brins = brins(scholenInvoer);
        var bestaand = samenwerkingsverbanden.findByCode(code);
        if (bestaand.isPresent() && !bestaand.get().landelijk()) {
            throw new OngeldigeInvoerException("code", "%s is een regionaal samenwerkingsverband uit de regio-indeling; vul de code in die DUO het landelijk samenwerkingsverband gaf"
                    .formatted(code));
        }
        if (bestaand.isPresent() && gelezenVersie == null) {
            throw new OngeldigeInvoerException("code", "%s is al vastgelegd; kies ‘Wijzigen’ bij dit samenwerkingsverband in de lijst".formatted(code));
        }
        var elders = repository.elders(code.waarde(), brins);
        if (!elders.isEmpty()) {
            throw new OngeldigeInvoerException("scholen", "een school sluit per sector bij één landelijk samenwerkingsverband aan: "
                    + String.join(", ", elders.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> "%s hoort al bij %s".formatted(e.getKey(), e.getValue())).toList()));
        }
        if (bestaand.isEmpty()) {
            repository.voegToe(code.waarde(), naam.trim());
        } else if (!repository.wijzigNaam(code.waarde(), naam.trim(), gelezenVersie)) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft %s intussen gewijzigd. Uw wijziging is niet opgeslagen."
                    .formatted(bestaand.get().weergavenaam()));
        }
        repository.vervangScholen(code.waarde(), brins);
        var soorten = Arrays.stream(Schoolsoort.values()).filter(s -> s.sector() == code.sector()).map(Schoolsoort::name).toList();
        int overgenomen = repository.neemVestigingenOver(code.waarde(), brins, soorten);
        int teruggegeven = repository.geefVestigingenTerug(code.waarde(), brins);
        var swv = samenwerkingsverbanden.findByCode(code).orElseThrow();
        var vastgelegd = new Vastgelegd(swv, brins.size(), overgenomen, teruggegeven);
        auditLog.schrijven(code.waarde(), "samenwerkingsverband", code.waarde(),
                (bestaand.isEmpty() ? "landelijk samenwerkingsverband vastgelegd" : "landelijk samenwerkingsverband gewijzigd") + ", scholen: "
                        + String.join(", ", brins) + "; " + vastgelegd.melding());
        return vastgelegd;
    }

    private static List<String> brins(String invoer) {
        var brins = new LinkedHashSet<String>();
        var ongeldig = new ArrayList<String>();
        for (var deel : (invoer == null ? "" : invoer).split("[\\s,;]+")) {
            if (deel.isBlank()) {
                continue;
            }
            try {
                brins.add(new Brin(deel.toUpperCase(Locale.ROOT)).waarde());
            } catch (OngeldigeInvoerException fout) {
                ongeldig.add(deel);
            }
        }
        if (!ongeldig.isEmpty()) {
            throw new OngeldigeInvoerException("scholen", "geen geldig BRIN-nummer (twee cijfers en twee hoofdletters, bijvoorbeeld 12AB): "
                    + String.join(", ", ongeldig));
        }
        if (brins.isEmpty()) {
            throw new OngeldigeInvoerException("scholen", "vul de BRIN-nummers in van de scholen die bij dit samenwerkingsverband horen");
        }
        return List.copyOf(brins);
    }
}
