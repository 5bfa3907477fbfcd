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
        var naam = bestandsnaam == null ? "" : bestandsnaam.replaceAll("[\\\\/]", "_").strip();
        var extensie = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1).toLowerCase() : "";
        var mediatype = TOEGESTANE_BIJLAGEN.get(extensie);
        if (mediatype == null) {
            throw new OngeldigeInvoerException("bestand '%s' is niet toegestaan: alleen PDF, Word (doc, docx), Excel (xlsx) en OpenDocument (odt)"
                    .formatted(naam));
        }
        if (inhoud.length == 0 || inhoud.length > MAXIMALE_BIJLAGE) {
            throw new OngeldigeInvoerException("een bijlage is niet leeg en ten hoogste 10 MB");
        }
        if (!inhoudPastBij(extensie, inhoud)) {
            throw new OngeldigeInvoerException("de inhoud van '%s' past niet bij een .%s-bestand".formatted(naam, extensie));
        }
        long bijlage = gegevens.saveBijlage(id, swv, naam, mediatype, inhoud, sha256(inhoud), door.getUsername());
        auditLog.schrijven(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage toegevoegd aan aanvraag " + id);
    }

    @Transactional(readOnly = true)
    public byte[] bijlage(SwvCode swv, long id, long bijlage, Gebruiker kijker) {
        werk.zichtbaar(swv, id, kijker);
        auditLog.lezen(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage gedownload");
        return gegevens.bijlageInhoud(swv, id, bijlage).orElseThrow(() -> new NietGevondenException("deze bijlage bestaat niet"));
    }

    /** The first bytes must match the claimed kind, so a renamed executable is refused. */
    static boolean inhoudPastBij(String extensie, byte[] inhoud) {
        return switch (extensie) {
            case "pdf" -> begintMet(inhoud, new byte[] {'%', 'P', 'D', 'F', '-'});
            case "docx", "xlsx", "odt" -> begintMet(inhoud, new byte[] {'P', 'K', 3, 4});
            case "doc" -> begintMet(inhoud, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            default -> false;
        };
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        if (inhoud.length < kop.length) {
            return false;
        }
        for (int i = 0; i < kop.length; i++) {
            if (inhoud[i] != kop[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
