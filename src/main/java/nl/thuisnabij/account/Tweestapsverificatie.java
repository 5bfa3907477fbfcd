package nl.thuisnabij.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of logging in: a six-digit code from an authenticator app (TOTP, RFC 6238, as
 * Google Authenticator, Microsoft Authenticator and FreeOTP make them) or one of ten one-time
 * recovery codes. An SWV can make it required for its staff and its schools' staff; anyone may
 * switch it on for themselves.
 */
@Service
public class Tweestapsverificatie {

    static final int HERSTELCODES = 10;
    private static final String UITGEVER = "Thuisnabij";
    /** A phone's clock may be half a minute off either way. */
    private static final int TOEGESTANE_AFWIJKING = 1;
    // no 0/O, 1/I/L: recovery codes are typed over from paper
    private static final char[] HERSTELTEKENS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A secret to show once while the person links their app; stored only after a code proves the link. */
    public record NieuwGeheim(String geheim, String otpauth, String qrAfbeelding) {

        /** The secret in groups of four, for typing it into the app by hand. */
        public String leesbaar() {
            return String.join(" ", geheim.split("(?<=\\G.{4})"));
        }
    }

    /** The outcome of a code given at login. */
    public record Controle(boolean geslaagd, boolean metHerstelcode, int resterendeHerstelcodes) {
    }

    private final TweestapsRepository repository;
    private final GebruikerRepository gebruikers;
    private final AuditLog auditLog;
    private final Clock klok;
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    Tweestapsverificatie(TweestapsRepository repository, GebruikerRepository gebruikers, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    public boolean isActief(long gebruikerId) {
        return repository.koppeling(gebruikerId).isPresent();
    }

    public Optional<Instant> actiefSinds(long gebruikerId) {
        return repository.koppeling(gebruikerId).map(TweestapsRepository.Koppeling::actiefSinds);
    }

    /** Staff of an SWV and of its schools must use it when their SWV says so. */
    public boolean isVerplicht(Gebruiker gebruiker) {
        var scope = gebruiker.scope();
        return (scope == Rol.Scope.SWV || scope == Rol.Scope.SCHOOL) && repository.beleid(gebruiker.swvCode()).verplicht();
    }

    public NieuwGeheim nieuwGeheim(Gebruiker gebruiker) {
        var bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return teKoppelen(gebruiker, new Base32().encodeAsString(bytes).replace("=", ""));
    }

    /** The same secret again, when the first code typed was wrong. */
    public NieuwGeheim teKoppelen(Gebruiker gebruiker, String geheim) {
        var label = URLEncoder.encode(UITGEVER + ":" + gebruiker.getUsername(), StandardCharsets.UTF_8).replace("+", "%20");
        var otpauth = "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30".formatted(label, geheim, UITGEVER);
        return new NieuwGeheim(geheim, otpauth, qrAfbeelding(otpauth));
    }

    /**
     * Links the app whose first code proves it holds {@code geheim}, and returns ten new recovery
     * codes, shown once; an earlier link and its codes stop working.
     */
    @Transactional
    public List<String> koppel(Gebruiker gebruiker, String geheim, String code) {
        var stap = geldigeStap(geheim, code, null)
                .orElseThrow(() -> new OngeldigeInvoerException("de code klopt niet: typ de zes cijfers die de app nu toont"));
        var codes = new ArrayList<String>();
        for (int i = 0; i < HERSTELCODES; i++) {
            codes.add(herstelcode());
        }
        repository.koppel(gebruiker.id(), geheim, stap, klok.instant(), codes.stream().map(Tweestapsverificatie::hash).toList());
        auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "tweestapsverificatie ingesteld");
        return codes;
    }

    /** Checks a code from the app (each works once) or an unused recovery code. */
    @Transactional
    public Controle controleer(Gebruiker gebruiker, String invoer) {
        var koppeling = repository.koppeling(gebruiker.id()).orElse(null);
        var schoon = invoer == null ? "" : invoer.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (koppeling == null || schoon.isEmpty()) {
            return new Controle(false, false, 0);
        }
        if (schoon.matches("\\d{6}")) {
            var stap = geldigeStap(koppeling.geheim(), schoon, koppeling.laatsteStap());
            boolean geslaagd = stap.isPresent() && repository.neemStap(gebruiker.id(), stap.get());
            return new Controle(geslaagd, false, repository.ongebruikteHerstelcodes(gebruiker.id()));
        }
        boolean geslaagd = repository.gebruikHerstelcode(gebruiker.id(), hash(schoon), klok.instant());
        return new Controle(geslaagd, geslaagd, repository.ongebruikteHerstelcodes(gebruiker.id()));
    }

    /** For a lost phone without recovery codes: the SWV's administrator removes the link; the person sets it up again at the next login. */
    @Transactional
    public void ontkoppel(SwvCode swv, long gebruikerId, Gebruiker door) {
        if (gebruikers.accountVanSwv(swv.waarde(), gebruikerId).isEmpty()) {
            throw new NietGevondenException("medewerker %d bestaat niet bij %s".formatted(gebruikerId, swv.waarde()));
        }
        if (repository.koppeling(gebruikerId).isEmpty()) {
            throw new OngeldigeInvoerException("deze medewerker gebruikt geen tweestapsverificatie");
        }
        repository.ontkoppel(gebruikerId);
        auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(gebruikerId), "tweestapsverificatie uitgezet door " + door.getUsername());
    }

    public record Inlogbeleid(boolean tweestapsverificatieVerplicht, int versie) {
    }

    public Inlogbeleid inlogbeleid(SwvCode swv) {
        var beleid = repository.beleid(swv.waarde());
        return new Inlogbeleid(beleid.verplicht(), beleid.versie());
    }

    @Transactional
    public void zetInlogbeleid(SwvCode swv, boolean verplicht, int gelezenVersie, Gebruiker door) {
        if (!repository.zetBeleid(swv.waarde(), verplicht, gelezenVersie)) {
            throw new GelijktijdigeWijzigingException("iemand anders heeft het inlogbeleid net gewijzigd: bekijk het en probeer het opnieuw");
        }
        auditLog.schrijven(swv.waarde(), "inlogbeleid", swv.waarde(),
                (verplicht ? "tweestapsverificatie verplicht gemaakt" : "tweestapsverificatie niet meer verplicht") + " door " + door.getUsername());
    }

    /** The time step whose code this is, within the allowed clock difference and after the last one used. */
    private Optional<Long> geldigeStap(String geheim, String code, Long laatsteStap) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        var sleutel = new SecretKeySpec(new Base32().decode(geheim), generator.getAlgorithm());
        var periode = generator.getTimeStep();
        long nu = klok.millis() / periode.toMillis();
        for (long stap = nu - TOEGESTANE_AFWIJKING; stap <= nu + TOEGESTANE_AFWIJKING; stap++) {
            if (laatsteStap != null && stap <= laatsteStap) {
                continue;
            }
            try {
                var verwacht = "%06d".formatted(generator.generateOneTimePassword(sleutel, Instant.ofEpochMilli(stap * periode.toMillis())));
                if (java.security.MessageDigest.isEqual(verwacht.getBytes(StandardCharsets.US_ASCII), code.strip().getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(stap);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("een opgeslagen TOTP-geheim is onbruikbaar", e);
            }
        }
        return Optional.empty();
    }

    private static String herstelcode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(HERSTELTEKENS[RANDOM.nextInt(HERSTELTEKENS.length)]);
        }
        return code.insert(5, '-').toString();
    }

    /** Recovery codes are compared without the dash and case, as people type them. */
    private static String hash(String herstelcode) {
        return Linktoken.hash(herstelcode.replace("-", "").toUpperCase(Locale.ROOT));
    }

    /** The otpauth address as a QR code: an SVG image in a data address, so the page needs no script. */
    private static String qrAfbeelding(String tekst) {
        var qr = QrCode.encodeText(tekst, QrCode.Ecc.MEDIUM);
        int rand = 4;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1$d %1$d\" shape-rendering=\"crispEdges\">"
                .formatted(qr.size + 2 * rand));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    svg.append("M%d,%dh1v1h-1z".formatted(x + rand, y + rand));
                }
            }
        }
        svg.append("\"/></svg>");
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }
}
