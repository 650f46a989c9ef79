package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Checks a bot token loosely (BotFather's are {@code \d+:[A-Za-z0-9_-]+}, but the format is
 * not promised): it must be non-empty and fit in the URL path {@code /bot<token>/method}.
 * Messages never quote the token.
 */
final class TelegramToken {
    private TelegramToken() {
    }

    /** {@code token} when it can stand in the URL path; else an exception that does not quote it. */
    static String check(String token) {
        checkNotNull(token, "token");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token is empty; BotFather's tokens look like 123456789:AAH…");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "/?#%\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("token must look like 123456789:AAH… (digits, a colon, letters,"
                        + " digits, _ and -); the given one (" + token.length() + " characters) has whitespace,"
                        + " a control character or one of / ? # % \\ at index " + i);
            }
        }
        try {
            URI.create("https://api.telegram.org/bot" + token + "/getMe");
        } catch (IllegalArgumentException e) {
            // The JDK's message would quote the token, so it is not kept as the cause.
            throw new IllegalArgumentException("token has characters that cannot stand in a URL path ("
                    + token.length() + " characters)");
        }
        return token;
    }

    /**
     * The key under which the bot's update source keeps its checkpoint: {@code telegram-<bot id>} from
     * the token's public part (the digits before the colon), or, for a token without one, a short hash
     * that says nothing of the token.
     */
    static String checkpointKey(String token) {
        int colon = token.indexOf(':');
        if (colon > 0 && colon <= 20 && token.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "telegram-" + token.substring(0, colon);
        }
        return "telegram-" + Hashing.sha256().hashString(token, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
}
