package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;

/**
 * The VK payload envelope {@code {"p":payload}} (docs/layout-format.md, "Payload encoding"), and the
 * one {@link JsonFactory} of this package. Stateless and thread-safe.
 */
final class VkPayload {
    /** Shared by the payload reader and the keyboard writer; a JsonFactory is thread-safe once configured. */
    static final JsonFactory JSON = new JsonFactory();

    private static final String KEY = "p";
    private static final String OPEN = "{\"p\":\"";
    private static final String CLOSE = "\"}";

    private VkPayload() {
    }

    static String encode(String payload) {
        StringBuilder json = new StringBuilder(payload.length() + OPEN.length() + CLOSE.length());
        json.append(OPEN);
        JsonStringEncoder.getInstance().quoteAsString(payload, json);
        return json.append(CLOSE).toString();
    }

    static String decode(String json) {
        String simple = decodeSimple(json);
        if (simple != null) {
            return simple;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() == JsonToken.START_OBJECT
                    && parser.nextToken() == JsonToken.FIELD_NAME && KEY.equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_STRING) {
                String payload = parser.getText();
                if (parser.nextToken() == JsonToken.END_OBJECT && parser.nextToken() == null) {
                    return payload;
                }
            }
            return json;
        } catch (IOException notOurs) {
            return json;
        }
    }

    /**
     * The common case without a parser: {@code {"p":"…"}} written compactly with nothing escaped in
     * the string (no quote, backslash or control character), so its content is the payload itself.
     * Null for anything else, which the parser then decides.
     */
    private static String decodeSimple(String json) {
        int end = json.length() - CLOSE.length();
        if (end < OPEN.length() || !json.startsWith(OPEN) || !json.endsWith(CLOSE)) {
            return null;
        }
        for (int i = OPEN.length(); i < end; i++) {
            char c = json.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return null;
            }
        }
        return json.substring(OPEN.length(), end);
    }
}
