package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * VK's error bodies, with the codes and texts of the real ones
 * (vk-adapter/src/test/resources/vk/error_*.json): HTTP 200
 * {@code {"error":{"error_code","error_msg","request_params":[{"key","value"}]}}}.
 */
final class VkError {
    static final int AUTH_FAILED = 5;
    static final int TOO_MANY_REQUESTS = 6;
    static final int INVALID_PARAMETER = 100;
    static final int NO_PERMISSION = 901;
    static final int KEYBOARD_INVALID = 911;
    static final int MESSAGE_TOO_LONG = 914;

    private static final Map<Integer, String> TEXTS = Map.of(
            AUTH_FAILED, "User authorization failed: invalid access_token (4).",
            TOO_MANY_REQUESTS, "Too many requests per second",
            INVALID_PARAMETER, "One of the parameters specified was missing or invalid",
            NO_PERMISSION, "Can't send messages for users without permission",
            KEYBOARD_INVALID, "Keyboard format is invalid",
            MESSAGE_TOO_LONG, "Message is too long");

    private VkError() {
    }

    /** The error body for {@code code} on {@code method}; {@code params} become request_params (no token). */
    static ObjectNode body(int code, String method, Map<String, String> params) {
        return body(code, TEXTS.getOrDefault(code, "Unknown error occurred"), method, params);
    }

    /** Error 100 naming what was wrong, as {@code error_msg} "…invalid: {@code detail}". */
    static ObjectNode invalidParameter(String detail, String method, Map<String, String> params) {
        return body(INVALID_PARAMETER, TEXTS.get(INVALID_PARAMETER) + ": " + detail, method, params);
    }

    private static ObjectNode body(int code, String text, String method, Map<String, String> params) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("error_code", code);
        error.put("error_msg", text);
        ArrayNode requestParams = error.putArray("request_params");
        requestParams.addObject().put("key", "method").put("value", method);
        requestParams.addObject().put("key", "oauth").put("value", "1");
        params.forEach((key, value) -> {
            if (!key.equals("access_token")) {
                requestParams.addObject().put("key", key).put("value", value);
            }
        });
        return root;
    }
}
