package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a platform pushed to the bot, in a form any web framework can build:
 * method, headers (names case-insensitive), body bytes, and the path and raw query string it was
 * sent to. Immutable.
 *
 * @param method the HTTP method, upper case
 * @param headers header values by name
 * @param body the request body
 * @param path the request's path, e.g. {@code /v1/validate}
 * @param query the raw query string without {@code ?}, empty when there is none
 */
public record WebhookRequest(String method, Map<String, List<String>> headers, byte[] body, String path,
                             String query) {
    public WebhookRequest {
        checkNotNull(method, "method");
        checkNotNull(body, "body");
        checkNotNull(path, "path");
        checkNotNull(query, "query");
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        checkNotNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        method = method.toUpperCase(Locale.ROOT);
        body = body.clone();
    }

    /** A request to {@code /} with no query string. */
    public WebhookRequest(String method, Map<String, List<String>> headers, byte[] body) {
        this(method, headers, body, "/", "");
    }

    /** A POST with the given body and headers. */
    public static WebhookRequest post(Map<String, List<String>> headers, byte[] body) {
        return new WebhookRequest("POST", headers, body);
    }

    /** The first value of header {@code name}, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The query string's parameters, decoded ({@code %XX} and {@code +}), in order of first
     * appearance; a name without {@code =} has the value {@code ""}.
     *
     * @throws IllegalArgumentException if the query string has a malformed {@code %} escape
     */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /**
     * The first value of query parameter {@code name}, decoded.
     *
     * @throws IllegalArgumentException if the query string has a malformed {@code %} escape
     */
    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed query string: " + e.getMessage(), e);
        }
    }
}
