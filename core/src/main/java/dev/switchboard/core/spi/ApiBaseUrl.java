package dev.switchboard.core.spi;

import java.net.URI;
import java.util.Locale;

/**
 * The one rule for a platform API base URL, shared by both adapters' builders and the CLI. It is an
 * absolute {@code http} or {@code https} URL with a host and no query or fragment, so a local
 * Bot API server or a test server works while a typo fails at configuration time.
 */
public final class ApiBaseUrl {
    private ApiBaseUrl() {
    }

    /** True when {@code url} is absolute http(s) with a host. */
    public static boolean isHttpWithHost(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /** True when {@code url} has neither a query nor a fragment. */
    public static boolean hasNoQueryOrFragment(URI url) {
        return url.getRawQuery() == null && url.getRawFragment() == null;
    }

    /** True when {@code url} is acceptable as an API base URL. */
    public static boolean isValid(URI url) {
        return isHttpWithHost(url) && hasNoQueryOrFragment(url);
    }
}
