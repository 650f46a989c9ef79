package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a platform pushed to the bot, in a form any web framework can build:
 * method, headers (names case-insensitive) and body bytes. Immutable.
 *
 * @param method the HTTP method, upper case
 * @param headers header values by name
 * @param body the request body
 */
public record WebhookRequest(String method, Map<String, List<String>> headers, byte[] body) {
    public WebhookRequest {
        checkNotNull(method, "method");
        checkNotNull(body, "body");
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        checkNotNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        method = method.toUpperCase(Locale.ROOT);
        body = body.clone();
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

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
