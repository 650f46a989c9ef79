package dev.switchboard.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.spi.Redaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Bot API answer, read from its HTTP status and body: {@code {"ok":true,"result":…}} or
 * {@code {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…,
 * "migrate_to_chat_id":…}}}. A body that is not this envelope (a proxy's HTML page) is kept as
 * text so an error can quote its start.
 *
 * @param status the HTTP status
 * @param envelope the parsed envelope, empty when the body is not one
 * @param body the body as text
 */
record TelegramReply(int status, Optional<Envelope> envelope, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTED_CHARS = 100;

    /** Reads {@code utf8} answered with {@code status}. */
    static TelegramReply read(int status, byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        return new TelegramReply(status, parse(utf8), text);
    }

    /** True for {@code ok: true}. */
    boolean ok() {
        return envelope.isPresent() && envelope.get().ok();
    }

    /** The error code: Telegram's {@code error_code}, else the HTTP status. */
    int errorCode() {
        return envelope.filter(e -> e.errorCode() > 0).map(Envelope::errorCode).orElse(status);
    }

    /**
     * Telegram's description, or a quote of a body that is not JSON, without {@code secret}: the
     * body is redacted whole before it is cut ({@link Redaction}), so a cut cannot leave a piece of
     * the token that no longer matches.
     */
    String description(String secret) {
        if (envelope.isPresent()) {
            String description = envelope.get().description();
            return description.isEmpty() ? "HTTP " + status : Redaction.redact(description, secret);
        }
        return quote(Redaction.redact(body, secret));
    }

    /**
     * As {@link #description(String)} for a caller that redacts afterwards. The quote of a non-JSON
     * body then ends before any word it would cut, so no piece of a token is left at the cut.
     */
    String description() {
        if (envelope.isPresent()) {
            return envelope.get().description().isEmpty() ? "HTTP " + status : envelope.get().description();
        }
        return quote(body);
    }

    /** The status and description without {@code secret}, for a log line or a retry reason. */
    String summary(String secret) {
        return envelope.isPresent() ? "HTTP " + status + ": " + description(secret) : description(secret);
    }

    private String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        if (oneLine.isEmpty()) {
            return "HTTP " + status + " with an empty body";
        }
        return "HTTP " + status + " with a non-JSON body: "
                + (oneLine.length() > QUOTED_CHARS ? cutBeforeWord(oneLine) + "…" : oneLine);
    }

    /** The first {@link #QUOTED_CHARS} characters, less the word the cut falls in (a token is one word). */
    private static String cutBeforeWord(String text) {
        int end = QUOTED_CHARS;
        if (isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
            while (end > 0 && isWordChar(text.charAt(end - 1))) {
                end--;
            }
        }
        return text.substring(0, end).stripTrailing();
    }

    /** Characters of tokens and their URL encoding: letters, digits, {@code _ - : . %}. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '%';
    }

    /** {@code parameters.retry_after} in seconds. */
    OptionalLong retryAfterSeconds() {
        return envelope.map(Envelope::retryAfter).orElse(OptionalLong.empty());
    }

    /** {@code parameters.migrate_to_chat_id}. */
    OptionalLong migrateToChatId() {
        return envelope.map(Envelope::migrateToChatId).orElse(OptionalLong.empty());
    }

    /** The {@code result}; call only when {@link #ok()}. */
    JsonNode result() {
        return envelope.orElseThrow().result();
    }

    private static Optional<Envelope> parse(byte[] utf8) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("ok").isBoolean()) {
            return Optional.empty();
        }
        JsonNode parameters = root.path("parameters");
        return Optional.of(new Envelope(root.get("ok").booleanValue(), root.path("result"),
                root.path("error_code").asInt(0), root.path("description").asText(""),
                longValue(parameters.path("retry_after")), longValue(parameters.path("migrate_to_chat_id"))));
    }

    private static OptionalLong longValue(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? OptionalLong.of(node.longValue())
                : OptionalLong.empty();
    }

    /** The Bot API's answer object. */
    record Envelope(boolean ok, JsonNode result, int errorCode, String description, OptionalLong retryAfter,
                    OptionalLong migrateToChatId) {
    }
}
