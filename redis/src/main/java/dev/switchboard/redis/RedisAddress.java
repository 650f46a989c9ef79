package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A Redis URI as given, its password, and the form safe to show: {@code redis://127.0.0.1:6379},
 * or {@code redis://:***@host:6379} when a password is set. Only standalone {@code redis://} and
 * {@code rediss://} URIs with a host are accepted.
 *
 * @param uri the URI as given, password included; never shown
 * @param password the password, empty when there is none
 * @param redacted the URI without its password, for messages, logs and toString
 */
record RedisAddress(String uri, String password, String redacted) {
    private static final int DEFAULT_PORT = 6379;

    RedisAddress {
        checkNotNull(uri, "uri");
        checkNotNull(password, "password");
        checkNotNull(redacted, "redacted");
    }

    /** Parses {@code uri}; an IllegalArgumentException never quotes the password. */
    static RedisAddress parse(String uri) {
        checkNotNull(uri, "uri");
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a Redis URI must be redis:// or rediss:// with a host: "
                    + roughlyRedacted(uri));
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss") || parsed.getHost() == null) {
            throw new IllegalArgumentException("a Redis URI must be redis:// or rediss:// with a host: "
                    + roughlyRedacted(uri));
        }
        String userInfo = parsed.getRawUserInfo();
        String user = "";
        String password = "";
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = colon < 0 ? "" : decode(userInfo.substring(0, colon));
            password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
        }
        int port = parsed.getPort() < 0 ? DEFAULT_PORT : parsed.getPort();
        String path = parsed.getRawPath() == null || parsed.getRawPath().equals("/") ? "" : parsed.getRawPath();
        String credentials = password.isEmpty() ? (user.isEmpty() ? "" : user + "@") : user + ":***@";
        return new RedisAddress(uri, password, scheme + "://" + credentials + parsed.getHost() + ":" + port + path);
    }

    /** {@code text} with the password of this address, raw or percent-encoded, masked. */
    String redact(String text) {
        if (text == null || password.isEmpty()) {
            return text;
        }
        String masked = text.replace(password, "***");
        String encoded = java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        return encoded.equals(password) ? masked : masked.replace(encoded, "***");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String roughlyRedacted(String uri) {
        return uri.replaceAll("//[^/]*@", "//***@");
    }

    @Override
    public String toString() {
        return redacted;
    }
}
