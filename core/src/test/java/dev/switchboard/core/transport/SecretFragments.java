package dev.switchboard.core.transport;

import dev.switchboard.core.spi.Redaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The test oracle for token leaks, written independently of {@link Redaction}: a text leaks a
 * secret if it holds the whole secret (plain or URL-encoded), or any 8 consecutive characters of
 * its secret part (after the colon of a Telegram token; all of any other secret), also once
 * blanks are taken out (a token broken across lines). Shared by TokenLeakCheck (dev.switchboard.core.testing), which the adapters' tests use.
 */
public final class SecretFragments {
    /** As {@link Redaction#MIN_FRAGMENT}, restated so the oracle does not trust the code under test. */
    public static final int MIN = 8;

    private SecretFragments() {
    }

    /** Where {@code text} leaks {@code secret}, described without quoting it; empty if it does not. */
    public static Optional<String> leak(String text, String secret) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.contains(secret) || text.contains(URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
            return Optional.of("the whole secret");
        }
        String part = secret.matches("\\d+:.+") ? secret.substring(secret.indexOf(':') + 1) : secret;
        String unbroken = text.replaceAll("\\s+", "");
        for (int i = 0; i + MIN <= part.length(); i++) {
            String fragment = part.substring(i, i + MIN);
            int at = text.indexOf(fragment);
            if (at >= 0) {
                return Optional.of("characters " + i + ".." + (i + MIN) + " of the secret at index " + at);
            }
            if (unbroken.contains(fragment)) {
                return Optional.of("characters " + i + ".." + (i + MIN) + " of the secret, broken by blanks");
            }
        }
        return Optional.empty();
    }
}
