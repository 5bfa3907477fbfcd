package nl.thuisnabij.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What the app on a person's phone does: show the code of a secret at a moment. */
public final class Authenticatorapp {

    private Authenticatorapp() {
    }

    public static String code(String geheim, Instant op) throws InvalidKeyException {
        var generator = new TimeBasedOneTimePasswordGenerator();
        return "%06d".formatted(generator.generateOneTimePassword(new SecretKeySpec(new Base32().decode(geheim), generator.getAlgorithm()), op));
    }
}
