package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place secrets are taken out of text that may reach a message, a log or a
 * {@code toString()}: Telegram puts the bot token in the URL path ({@code /bot<token>/}), VK
 * sends {@code access_token} in the form body. Every occurrence of the secret, as written and
 * URL-encoded, becomes {@link #MASK}. Thread-safe.
 */
public final class Redaction {
    /** What a secret is replaced with. */
    public static final String MASK = "<redacted>";

    private Redaction() {
    }

    /** {@code text} with every occurrence of {@code secret} (plain or URL-encoded) replaced by {@link #MASK}. */
    public static String redact(String text, String secret) {
        checkNotNull(secret, "secret");
        if (text == null || secret.isEmpty()) {
            return text;
        }
        String redacted = text.replace(secret, MASK);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return encoded.equals(secret) ? redacted : redacted.replace(encoded, MASK);
    }
}
