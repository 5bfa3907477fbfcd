package nl.thuisnabij.aanvraag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attachments of a request: only documents whose content matches their kind, at most 10 MB, read only by who may see the request. */
@Service
public class Bijlagen {

    private final AanvraagGegevensRepository gegevens;
    private final Aanvraagwerk werk;
    private final AuditLog auditLog;

    Bijlagen(AanvraagGegevensRepository gegevens, Aanvraagwerk werk, AuditLog auditLog) {
        this.gegevens = gegevens;
        this.werk = werk;
        this.auditLog = auditLog;
    }

    static final long MAXIMALE_BIJLAGE = 10L * 1024 * 1024;
    static final Map<String, String> TOEGESTANE_BIJLAGEN = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword",
            "odt", "application/vnd.oasis.opendocument.text");

    @Transactional
    public void voegBijlageToe(SwvCode swv, long id, Gebruiker door, String bestandsnaam, byte[] inhoud) {
        Aanvraagwerk.vereisStap(door, Aanvraagstap.BIJLAGE_TOEVOEGEN);
        var aanvraag = werk.zichtbaar(swv, id, door);
        if (!aanvraag.mogelijkeStappen(AanvraagToegang.betrokkene(door)).contains(Aanvraagstap.BIJLAGE_TOEVOEGEN)) {
            throw new OngeldigeInvoerException("bijlagen horen bij een lopende aanvraag");
        }
        var naam = bestandsnaam(bestandsnaam);
        var extensie = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1).toLowerCase() : "";
        var mediatype = TOEGESTANE_BIJLAGEN.get(extensie);
        if (mediatype == null) {
            throw new OngeldigeInvoerException("bestand '%s' is niet toegestaan: alleen PDF, Word (doc, docx), Excel (xlsx) en OpenDocument (odt)"
                    .formatted(naam));
        }
        if (inhoud.length == 0 || inhoud.length > MAXIMALE_BIJLAGE) {
            throw new OngeldigeInvoerException("een bijlage is niet leeg en ten hoogste 10 MB");
        }
        Bijlagecontrole.reden(extensie, inhoud).ifPresent(reden -> {
            throw new OngeldigeInvoerException("'%s' is geweigerd: %s".formatted(naam, reden));
        });
        long bijlage = gegevens.saveBijlage(id, swv, naam, mediatype, inhoud, sha256(inhoud), door.getUsername());
        auditLog.schrijven(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage toegevoegd aan aanvraag " + id);
    }

    @Transactional(readOnly = true)
    public byte[] bijlage(SwvCode swv, long id, long bijlage, Gebruiker kijker) {
        werk.zichtbaar(swv, id, kijker);
        auditLog.lezen(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage gedownload");
        return gegevens.bijlageInhoud(swv, id, bijlage).orElseThrow(() -> new NietGevondenException("deze bijlage bestaat niet"));
    }

    /**
     * The name as it is shown and offered for download: no folders, no control characters and no
     * bidirectional overrides (which make "gpj.exe" look like "exe.jpg"), at most 255 characters.
     */
    static String bestandsnaam(String opgegeven) {
        var naam = opgegeven == null ? "" : opgegeven.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (naam.length() > 255) {
            throw new OngeldigeInvoerException("de bestandsnaam is te lang: ten hoogste 255 tekens");
        }
        return naam;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
