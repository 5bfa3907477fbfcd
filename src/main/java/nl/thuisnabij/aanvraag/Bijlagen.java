package nl.thuisnabij.aanvraag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    /** A document as uploaded, before it is checked. */
    public record Stuk(String bestandsnaam, byte[] inhoud) {
    }

    /** A document whose name, kind and content passed the checks. */
    record Gecontroleerd(String naam, String mediatype, byte[] inhoud) {
    }

    static final int MAXIMAAL_STUKKEN_BIJ_BEZWAAR = 5;

    @Transactional
    public void voegBijlageToe(SwvCode swv, long id, Gebruiker door, String bestandsnaam, byte[] inhoud) {
        Aanvraagwerk.vereisStap(door, Aanvraagstap.BIJLAGE_TOEVOEGEN);
        var aanvraag = werk.zichtbaar(swv, id, door);
        if (!aanvraag.mogelijkeStappen(AanvraagToegang.betrokkene(door)).contains(Aanvraagstap.BIJLAGE_TOEVOEGEN)) {
            throw new OngeldigeInvoerException("bijlagen horen bij een lopende aanvraag");
        }
        var stuk = controleer(new Stuk(bestandsnaam, inhoud), null);
        long bijlage = gegevens.saveBijlage(id, swv, stuk.naam(), stuk.mediatype(), stuk.inhoud(), sha256(stuk.inhoud()), door.getUsername(), null);
        auditLog.schrijven(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage toegevoegd aan aanvraag " + id);
    }

    /** Checks every document sent with an objection before any is kept: one refused, none kept, and the message names it. */
    static List<Gecontroleerd> controleerBijBezwaar(List<Stuk> stukken) {
        if (stukken.size() > MAXIMAAL_STUKKEN_BIJ_BEZWAAR) {
            throw new OngeldigeInvoerException("stukken", "stuur ten hoogste %d bestanden mee".formatted(MAXIMAAL_STUKKEN_BIJ_BEZWAAR));
        }
        return stukken.stream().map(stuk -> controleer(stuk, "stukken")).toList();
    }

    /** Keeps the checked documents with objection {@code bezwaar}, in the transaction that lodged it. */
    void bewaarBijBezwaar(SwvCode swv, long id, int bezwaar, Gebruiker door, List<Gecontroleerd> stukken) {
        for (var stuk : stukken) {
            long bijlage = gegevens.saveBijlage(id, swv, stuk.naam(), stuk.mediatype(), stuk.inhoud(), sha256(stuk.inhoud()), door.getUsername(), bezwaar);
            auditLog.schrijven(swv.waarde(), "bijlage", String.valueOf(bijlage), "stuk bij bezwaar %d op aanvraag %d".formatted(bezwaar, id));
        }
    }

    private static Gecontroleerd controleer(Stuk stuk, String veld) {
        var naam = bestandsnaam(stuk.bestandsnaam());
        var extensie = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1).toLowerCase() : "";
        var mediatype = TOEGESTANE_BIJLAGEN.get(extensie);
        if (mediatype == null) {
            throw new OngeldigeInvoerException(veld, "bestand '%s' is niet toegestaan: alleen PDF, Word (doc, docx), Excel (xlsx) en OpenDocument (odt)"
                    .formatted(naam));
        }
        if (stuk.inhoud().length == 0 || stuk.inhoud().length > MAXIMALE_BIJLAGE) {
            throw new OngeldigeInvoerException(veld, "'%s': een bestand is niet leeg en ten hoogste 10 MB".formatted(naam));
        }
        Bijlagecontrole.reden(extensie, stuk.inhoud()).ifPresent(reden -> {
            throw new OngeldigeInvoerException(veld, "'%s' is geweigerd: %s".formatted(naam, reden));
        });
        return new Gecontroleerd(naam, mediatype, stuk.inhoud());
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
