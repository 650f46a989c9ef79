package dev.switchboard.telegram;

import dev.switchboard.core.validate.ViolationCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which URLs Telegram accepts on buttons, after TDLib's {@code LinkManager::check_link}.
 * Url buttons take http and https (a URL without a scheme is read
 * as http, so {@code example.com} is accepted) with a host that contains a dot or is an IPv6
 * literal, and {@code tg:}, {@code ton:}, {@code tonsite:} links whose host has only letters,
 * digits, {@code _} and {@code -} (tonsite also dots) and no port or user name. Web app URLs
 * must be absolute https URLs with such a host. An answer to a press may open only a
 * {@code t.me} or {@code telegram.me} link over http(s), or a {@code tg:} link.
 * Each method returns why a URL is refused, or empty when Telegram accepts it.
 */
final class TelegramUrls {
    private static final List<String> CUSTOM_SCHEMES = List.of("tg", "ton", "tonsite");
    private static final String ALLOWED = "Telegram accepts http, https, tg, ton, tonsite";
    private static final int MAX_PORT = 65_535;
    private static final List<String> TELEGRAM_HOSTS = List.of("t.me", "telegram.me");

    private TelegramUrls() {
    }

    /** Why a url button may not carry the non-empty {@code url}, if it may not. */
    static Optional<String> linkProblem(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String scheme : CUSTOM_SCHEMES) {
            if (lower.startsWith(scheme + ":")) {
                return customProblem(scheme, url.substring(scheme.length() + 1));
            }
        }
        int end = indexOfAny(url, ":/?#@[]", 0);
        if (end > 0 && url.startsWith("://", end)) {
            String scheme = lower.substring(0, end);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return problem("url scheme \"" + scheme + "\" is not allowed; " + ALLOWED);
            }
            return hostProblem("url", url.substring(end + 3));
        }
        if (end > 0 && end < url.length() && url.charAt(end) == ':' && !isPort(url, end + 1)) {
            String scheme = lower.substring(0, end);
            if (scheme.equals("http") || scheme.equals("https")) {
                return problem("url \"" + scheme + ":\" must be followed by \"//\"");
            }
            return problem("url scheme \"" + scheme + "\" is not allowed; " + ALLOWED);
        }
        return hostProblem("url", url);
    }

    /** Why a web_app button may not open the non-empty {@code url}, if it may not. */
    static Optional<String> webAppProblem(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return problem("web_app url must be an absolute https URL; Telegram opens web apps over HTTPS only");
        }
        return hostProblem("web_app url", url.substring("https://".length()));
    }

    /**
     * Why {@code answerCallbackQuery} may not open the non-empty {@code url}, if it may not:
     * INVALID_URL when it is not a URI at all, UNSUPPORTED_ANSWER when it leads outside Telegram.
     */
    static Optional<AnswerLinkProblem> answerLinkProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getScheme() == null) {
                // Telegram reads a link without a scheme as http, as on url buttons.
                uri = new URI("http://" + url);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                // Rejects an authority that is no host[:port], such as "t.me:x".
                uri = uri.parseServerAuthority();
            }
        } catch (URISyntaxException e) {
            return Optional.of(new AnswerLinkProblem(ViolationCode.INVALID_URL,
                    "url is not a valid URI: " + e.getReason() + " at index " + e.getIndex()));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("tg")) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && TELEGRAM_HOSTS.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(new AnswerLinkProblem(ViolationCode.UNSUPPORTED_ANSWER,
                "Telegram opens only t.me/<bot>?start=… links (and game URLs) from a press, not \"" + url + "\""));
    }

    /** Checks a tg:, ton: or tonsite: link; {@code rest} follows the colon. */
    private static Optional<String> customProblem(String scheme, String rest) {
        String link = rest.startsWith("//") ? rest.substring(2) : rest;
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return problem(scheme + ": links may not wrap an http(s) URL");
        }
        String host = link.substring(0, indexOfAny(link, "/?#", 0));
        if (host.isEmpty()) {
            return problem(scheme + ": link has no host, as in tg://resolve?domain=name");
        }
        if (host.indexOf('@') >= 0) {
            return problem(scheme + ": links may not carry a user name");
        }
        if (host.indexOf(':') >= 0) {
            return problem(scheme + ": links may not carry a port");
        }
        boolean dotsAllowed = scheme.equals("tonsite");
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-' && !(dotsAllowed && c == '.')) {
                return problem(scheme + ": link host \"" + host + "\" may contain only letters, digits, '_' and '-'"
                        + (dotsAllowed ? " and '.'" : ""));
            }
        }
        return Optional.empty();
    }

    /** Checks the part of an http(s) URL after {@code scheme://}: user name, host and port. */
    private static Optional<String> hostProblem(String what, String rest) {
        String authority = rest.substring(0, indexOfAny(rest, "/?#", 0));
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port;
        boolean ipv6 = hostPort.startsWith("[");
        if (ipv6) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return problem(what + " is not a valid URL: the IPv6 host has no closing ']'");
            }
            host = hostPort.substring(0, close + 1);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return problem(what + " is not a valid URL: unexpected \"" + after + "\" after the host");
            }
            port = after.isEmpty() ? null : after.substring(1);
        } else {
            int colon = hostPort.indexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isEmpty() || host.equals("[]")) {
            return problem(what + " has no host");
        }
        if (port != null && !port.isEmpty() && !isValidPort(port)) {
            return problem(what + " port \"" + port + "\" is not a number from 1 to " + MAX_PORT);
        }
        if (ipv6) {
            return Optional.empty();
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= ' ' || c == 0x7f || "<>\"{}|\\^`[]".indexOf(c) >= 0) {
                return problem(what + " host \"" + host + "\" is not a valid host name");
            }
        }
        if (host.indexOf('.') < 0) {
            return problem(what + " host \"" + host + "\" has no dot; Telegram accepts only domain names "
                    + "such as example.com");
        }
        return Optional.empty();
    }

    /** True when {@code url} from {@code start} up to the path, query or fragment is all digits. */
    private static boolean isPort(String url, int start) {
        int end = indexOfAny(url, "/?#", start);
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidPort(String port) {
        int value = 0;
        for (int i = 0; i < port.length(); i++) {
            char c = port.charAt(i);
            if (!isAsciiDigit(c)) {
                return false;
            }
            value = value * 10 + (c - '0');
            if (value > MAX_PORT) {
                return false;
            }
        }
        return value > 0;
    }

    /** The first index at or after {@code start} of any of {@code chars}, or the length. */
    private static int indexOfAny(String text, String chars, int start) {
        for (int i = start; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Optional<String> problem(String message) {
        return Optional.of(message);
    }

    /** Why an answer's link is refused, and under which code. */
    record AnswerLinkProblem(ViolationCode code, String message) {
    }
}
