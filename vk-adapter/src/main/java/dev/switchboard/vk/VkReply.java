package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One VK API response body, {@code {"response":…}} or {@code {"error":{"error_code","error_msg",…}}},
 * read into plain values: {@code Map<String,Object>}, {@code List<Object>},
 * {@code String}, {@code Number}, {@code Boolean} or null. VK's {@code request_params} are not kept:
 * they can echo the token. Exactly one of {@code response} and {@code errorCode} is meaningful.
 *
 * @param response the {@code response} value (null when VK sent an error)
 * @param errorCode VK's {@code error_code}, or 0 when the body is a response
 * @param errorMessage VK's {@code error_msg}, or {@code ""}
 */
record VkReply(Object response, int errorCode, String errorMessage) {

    boolean isError() {
        return errorCode != 0;
    }

    /**
     * Reads a body; null when it is not a VK reply (not JSON, not an object, or neither a
     * {@code response} nor an {@code error} with an integer {@code error_code}).
     */
    static VkReply parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonParser p = VkPayload.JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Object> root = object(p);
            if (p.nextToken() != null) {
                return null;
            }
            if (root.get("error") instanceof Map<?, ?> error) {
                return error.get("error_code") instanceof Number code && code.intValue() != 0
                        ? new VkReply(null, code.intValue(), text(error.get("error_msg")))
                        : null;
            }
            return root.containsKey("response") ? new VkReply(root.get("response"), 0, "") : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** {@code value} as text when it is a string, else {@code ""}. */
    static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    /** The value at the parser's current token, read in full. */
    static Object value(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new IOException("unexpected end of input");
        }
        return switch (token) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected token " + token);
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if ("request_params".equals(name)) {
                p.skipChildren();
            } else {
                fields.put(name, value(p));
            }
        }
        return fields;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p));
        }
        return items;
    }
}
