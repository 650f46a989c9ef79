package dev.switchboard.examples.serve;

import dev.switchboard.core.transport.WebhookRequest;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a {@code /v1} request, checked: only the endpoint's own names, each at
 * most once, each value one of the choices. A bad query is a {@link BadQueryException} whose
 * message is the 400 answer's error.
 */
final class QueryOptions {
    static final String ALL = "all";

    /** A query the endpoint cannot use. */
    static final class BadQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQueryException(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> parameters;

    private QueryOptions(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** The request's parameters, refusing names outside {@code allowed}, repeats and malformed escapes. */
    static QueryOptions of(WebhookRequest request, List<String> allowed) {
        Map<String, List<String>> parameters;
        try {
            parameters = request.queryParameters();
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw new BadQueryException("unknown query parameter '" + entry.getKey() + "'; expected "
                        + choices(allowed));
            }
            if (entry.getValue().size() > 1) {
                throw new BadQueryException("query parameter '" + entry.getKey() + "' given "
                        + entry.getValue().size() + " times");
            }
        }
        return new QueryOptions(parameters);
    }

    /** The value of {@code name}, {@code fallback} when absent; it must be one of {@code choices}. */
    String choice(String name, String fallback, List<String> choices) {
        List<String> values = parameters.get(name);
        String value = values == null ? fallback : values.get(0);
        if (!choices.contains(value)) {
            throw new BadQueryException("invalid value for query parameter '" + name + "': '" + value
                    + "'; expected " + choices(choices));
        }
        return value;
    }

    /** {@code a, b or c}, as the command line's messages name choices. */
    static String choices(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }
}
