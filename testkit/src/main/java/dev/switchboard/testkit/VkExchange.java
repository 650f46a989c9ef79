package dev.switchboard.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading form and query parameters from, and writing answers to, one HTTP exchange. */
final class VkExchange {
    private VkExchange() {
    }

    /** Query parameters, then form body parameters (the body wins). */
    static Map<String, String> params(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        parse(exchange.getRequestURI().getRawQuery(), params);
        byte[] body = exchange.getRequestBody().readAllBytes();
        parse(new String(body, StandardCharsets.UTF_8), params);
        return params;
    }

    private static void parse(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Plays {@code fault}; true when the exchange is finished (the normal answer must not follow). */
    static boolean play(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case DROP_CONNECTION -> {
                exchange.close();
                return true;
            }
            case DELAY -> {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            case SERVER_ERROR -> {
                send(exchange, fault.status(), "text/html", "<html><body>" + fault.status() + " fake error</body></html>");
                return true;
            }
            case GARBAGE -> {
                send(exchange, 200, "application/json", "<html>this is not JSON");
                return true;
            }
            case GARBLED_REPLY, TOO_MANY_REQUESTS, LONG_POLL_FAILED -> {
                return false;
            }
        }
        throw new IllegalStateException("unknown fault " + fault);
    }
}
