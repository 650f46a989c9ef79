package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place secrets are taken out of text that may reach a message, a log or a
 * {@code toString()}: Telegram puts the bot token in the URL path ({@code /bot<token>/}), VK
 * sends {@code access_token} in the form body. Three rules, each replacing with {@link #MASK}:
 * <ol>
 *   <li>every occurrence of the whole secret, as written and URL-encoded;</li>
 *   <li>the secret part on its own: for a Telegram token ({@code <bot id>:<secret>}) that is
 *       what follows the colon, the bot id being public; for any other secret, all of it;</li>
 *   <li>any run of at least {@link #MIN_FRAGMENT} characters of that secret part, as a server
 *       echoes it when it cuts a page mid-token or breaks the token across lines (spaces and
 *       line breaks inside the run are masked with it).</li>
 * </ol>
 * Callers redact the whole text before cutting it for a message, never after. The cost is one
 * pass over the text with a few character comparisons per position; it is meant for error
 * paths. Thread-safe.
 */
public final class Redaction {
    /** What a secret is replaced with. */
    public static final String MASK = "<redacted>";
    /** The shortest run of a secret's characters that is masked on its own. */
    public static final int MIN_FRAGMENT = 8;

    private Redaction() {
    }

    /** {@code text} with {@code secret}, its secret part and every fragment of it of 8 or more characters masked. */
    public static String redact(String text, String secret) {
        checkNotNull(secret, "secret");
        if (text == null || text.isEmpty() || secret.isEmpty()) {
            return text;
        }
        String redacted = replaceAll(text, secret);
        String part = secretPart(secret);
        if (part.length() >= MIN_FRAGMENT) {
            // The encoded form first: its runs are longer, so one mask covers what two would.
            String encoded = URLEncoder.encode(part, StandardCharsets.UTF_8);
            if (!encoded.equals(part)) {
                redacted = maskFragments(redacted, encoded);
            }
            redacted = maskFragments(redacted, part);
        }
        return redacted;
    }

    private static String replaceAll(String text, String secret) {
        String redacted = text.replace(secret, MASK);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return encoded.equals(secret) ? redacted : redacted.replace(encoded, MASK);
    }

    /** After the colon of a Telegram-shaped token ({@code digits:rest}); else the whole secret. */
    static String secretPart(String secret) {
        int colon = secret.indexOf(':');
        if (colon <= 0 || colon == secret.length() - 1) {
            return secret;
        }
        for (int i = 0; i < colon; i++) {
            if (secret.charAt(i) < '0' || secret.charAt(i) > '9') {
                return secret;
            }
        }
        return secret.substring(colon + 1);
    }

    /** Replaces each longest run of {@code part}'s characters (at least {@link #MIN_FRAGMENT}) with the mask. */
    private static String maskFragments(String text, String part) {
        StringBuilder out = null;
        int copied = 0;
        int length = text.length();
        for (int i = 0; i <= length - MIN_FRAGMENT; ) {
            int end = fragmentEnd(text, i, part);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length);
            }
            out.append(text, copied, i).append(MASK);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    /**
     * The end of the longest run starting at {@code start} that spells a piece of {@code part}
     * of at least {@link #MIN_FRAGMENT} characters, skipping blanks inside the run; -1 if none.
     */
    private static int fragmentEnd(String text, int start, String part) {
        char first = text.charAt(start);
        int best = -1;
        for (int j = part.indexOf(first); j >= 0; j = part.indexOf(first, j + 1)) {
            int t = start;
            int s = j;
            int matched = 0;
            int end = start;
            while (t < text.length() && s < part.length()) {
                char c = text.charAt(t);
                if (c == part.charAt(s)) {
                    t++;
                    s++;
                    matched++;
                    end = t;
                } else if (isBlank(c)) {
                    t++;
                } else {
                    break;
                }
            }
            if (matched >= MIN_FRAGMENT && end > best) {
                best = end;
            }
        }
        return best;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
