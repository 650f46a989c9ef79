package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routes of a {@link WebhookServer}: for each path (exact, or a prefix written {@code /dir/*}
 * that matches every path under {@code /dir/}), the handler of each allowed method. An exact path
 * wins over a prefix, a longer prefix over a shorter one. Mutable while the builder fills it, then
 * copied by {@link #freeze()}.
 */
final class WebhookRoutes {
    /** What answers one method on one path. */
    sealed interface Endpoint permits Buffered, Streaming {
    }

    /** The whole body is read (up to the limit) before the handler runs. */
    record Buffered(WebhookHandler handler) implements Endpoint {
    }

    /** The handler reads the body and writes the answer as streams. */
    record Streaming(StreamingHandler handler) implements Endpoint {
    }

    private static final String WILDCARD = "/*";

    private final Map<String, Map<String, Endpoint>> exact;
    private final Map<String, Map<String, Endpoint>> prefixes;

    WebhookRoutes() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private WebhookRoutes(Map<String, Map<String, Endpoint>> exact, Map<String, Map<String, Endpoint>> prefixes) {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    void add(String method, String path, Endpoint endpoint) {
        checkNotNull(method, "method");
        checkNotNull(path, "path");
        checkArgument(path.startsWith("/"), "path must start with /: %s", path);
        checkArgument(!method.isBlank(), "method must not be blank");
        String upper = method.toUpperCase(Locale.ROOT);
        boolean prefix = path.endsWith(WILDCARD);
        String key = prefix ? path.substring(0, path.length() - 1) : path;
        checkArgument(!key.contains("*"), "only a trailing /* may match sub-paths: %s", path);
        Map<String, Endpoint> methods = (prefix ? prefixes : exact).computeIfAbsent(key, k -> new TreeMap<>());
        checkState(methods.putIfAbsent(upper, endpoint) == null, "%s %s routed twice", upper, path);
    }

    boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty();
    }

    WebhookRoutes freeze() {
        Map<String, Map<String, Endpoint>> exactCopy = new LinkedHashMap<>();
        exact.forEach((path, methods) -> exactCopy.put(path, Collections.unmodifiableMap(new TreeMap<>(methods))));
        Map<String, Map<String, Endpoint>> prefixCopy = new LinkedHashMap<>();
        prefixes.forEach((path, methods) -> prefixCopy.put(path, Collections.unmodifiableMap(new TreeMap<>(methods))));
        return new WebhookRoutes(Collections.unmodifiableMap(exactCopy), Collections.unmodifiableMap(prefixCopy));
    }

    /** The handlers by method (sorted by name) for {@code path}, or null when no route matches it. */
    Map<String, Endpoint> match(String path) {
        if (path == null) {
            return null;
        }
        Map<String, Endpoint> methods = exact.get(path);
        if (methods != null) {
            return methods;
        }
        String best = null;
        for (String prefix : prefixes.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : prefixes.get(best);
    }
}
