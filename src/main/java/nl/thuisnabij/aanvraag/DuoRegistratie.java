package nl.thuisnabij.aanvraag;

import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of granted TLVs and their export to DUO; every export is kept and can be downloaded again. */
@Service
public class DuoRegistratie {

    private final AanvraagRepository repository;
    private final AanvraagLijstRepository lijsten;
    private final AanvraagGegevensRepository gegevens;
    private final Leerlingen leerlingen;
    private final Aanvraagwerk werk;
    private final AuditLog auditLog;

    DuoRegistratie(AanvraagRepository repository, AanvraagLijstRepository lijsten, AanvraagGegevensRepository gegevens,
            Leerlingen leerlingen, Aanvraagwerk werk, AuditLog auditLog) {
        this.repository = repository;
        this.lijsten = lijsten;
        this.gegevens = gegevens;
        this.leerlingen = leerlingen;
        this.werk = werk;
        this.auditLog = auditLog;
    }

    /** What a line tells DUO: a new TLV, or the withdrawal or shortening of one it already has. */
    public enum Mutatie {
        NIEUW, INTREKKING, BEEINDIGING
    }

    public record DuoRegel(Aanvraag aanvraag, Leerling leerling, Besluit besluit, Mutatie mutatie) {
    }

    /**
     * Granted TLVs not yet registered with DUO, and TLVs DUO has that were revoked or ended early
     * since; those lacking a BSN or onderwijsnummer cannot go yet.
     */
    @Transactional(readOnly = true)
    public List<DuoRegel> teRegistreren(SwvCode swv) {
        var ids = lijsten.tlvsTeRegistreren(swv);
        ids.addAll(lijsten.tlvWijzigingenVoorDuo(swv));
        var aanvragen = repository.findByIds(swv, ids);
        var kinderen = leerlingen.vindAlle(swv, aanvragen.stream().map(Aanvraag::leerlingId).toList(), "TLV-register");
        return aanvragen.stream().map(a -> {
            var besluit = a.huidigBesluit().orElseThrow();
            var mutatie = switch (besluit.uitkomst()) {
                case INGETROKKEN -> Mutatie.INTREKKING;
                case VOORTIJDIG_BEEINDIGD -> Mutatie.BEEINDIGING;
                default -> Mutatie.NIEUW;
            };
            return new DuoRegel(a, kinderen.get(a.leerlingId()), besluit, mutatie);
        }).toList();
    }

    @Transactional
    public String exporteerNaarDuo(SwvCode swv, Gebruiker door) {
        Aanvraagwerk.vereisStap(door, Aanvraagstap.REGISTREREN_BIJ_DUO);
        var regels = teRegistreren(swv).stream().filter(r -> r.leerling().persoonsnummer() != null).toList();
        if (regels.isEmpty()) {
            throw new OngeldigeInvoerException("er zijn geen TLV's met BSN of onderwijsnummer om aan DUO door te geven");
        }
        var csv = DuoTlvExport.csv(swv, regels);
        for (var regel : regels.stream().filter(r -> r.mutatie() == Mutatie.NIEUW).toList()) {
            werk.wijzig(swv, regel.aanvraag().id(), regel.aanvraag().versie(), door, Aanvraagstap.REGISTREREN_BIJ_DUO, "geregistreerd bij DUO",
                    Aanvraag::registreerBijDuo);
        }
        long export = gegevens.saveDuoExport(swv, door.getUsername(), regels, csv);
        auditLog.lezen(swv.waarde(), "duo-export", String.valueOf(export), "TLV-export voor DUO gemaakt met %d TLV('s)".formatted(regels.size()));
        return csv;
    }

    @Transactional(readOnly = true)
    public List<DuoExport> duoExports(SwvCode swv) {
        return gegevens.duoExports(swv);
    }

    @Transactional(readOnly = true)
    public String duoExport(SwvCode swv, long export) {
        auditLog.lezen(swv.waarde(), "duo-export", String.valueOf(export), "TLV-export voor DUO opnieuw gedownload");
        return gegevens.duoExportInhoud(swv, export).orElseThrow(() -> new NietGevondenException("deze export bestaat niet"));
    }
}
