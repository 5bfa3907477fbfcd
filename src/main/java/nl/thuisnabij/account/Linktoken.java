package nl.thuisnabij.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** Makes one-time tokens: 256 random bits for the mail, their SHA-256 for the database. */
final class Linktoken {

    /** An invitation waits a week: people are on leave or busy. */
    static final Duration UITNODIGING_GELDIG = Duration.ofDays(7);
    /** A reset link is used at once or not at all. */
    static final Duration HERSTEL_GELDIG = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private Linktoken() {
    }

    static String nieuwToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke Java-omgeving", e);
        }
    }

    static Instant geldigTot(AccountlinkRepository.Soort soort) {
        return Instant.now().plus(soort == AccountlinkRepository.Soort.UITNODIGING ? UITNODIGING_GELDIG : HERSTEL_GELDIG);
    }
}
