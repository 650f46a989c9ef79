package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake messaging platform on loopback for the end-to-end run: its API (served by core's
 * {@link WebhookServer}, answering at once, nothing sleeps) keeps the books of the open phase in an
 * {@link E2eLedger}, and it says how the platform pushes a press to a bot's webhook (body, headers,
 * path) and which webhook answer counts as delivered. {@link E2eFakeTelegram} is the Bot API,
 * {@link E2eFakeVk} the VK API and Callback API; the load generator ({@link E2eDriver}) drives
 * either the same way.
 */
abstract class E2eFakeApi implements AutoCloseable {
    private final WebhookServer server;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong strays = new AtomicLong();
    private volatile E2eLedger ledger = new E2eLedger(0, 0, 1);

    /** Serves {@code POST routePattern} (a path, or a prefix ending in {@code *}) with {@link #handle}. */
    E2eFakeApi(String routePattern) {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .threads(8)
                .route("POST", routePattern, request -> {
                    requests.incrementAndGet();
                    return handle(request, ledger);
                })
                .build();
        server.start();
    }

    /** Answers one API call, booking it in {@code books}, the open phase's ledger. */
    abstract WebhookResponse handle(WebhookRequest request, E2eLedger books);

    /** Press {@code i} (of {@code chats} chats) as the platform pushes it to a bot's webhook. */
    abstract byte[] press(int i, int chats);

    /** Header lines the platform sends with every push, each ending with CRLF (may be empty). */
    abstract String pushHeaders();

    /** The path every contender of this platform serves its webhook on. */
    abstract String webhookPath();

    /** Whether the platform takes the webhook's {@code answer} as delivered, and does not push again. */
    abstract boolean delivered(Exchange.Answer answer);

    /** Queues press {@code index} for a bot on long polling; only where the fake serves long polling. */
    void enqueue(int index) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " serves no long polling");
    }

    /** The base URL of the fake, {@code http://127.0.0.1:PORT}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    /** Starts the books of presses {@code from} (inclusive) to {@code from + count}, in {@code chats} chats. */
    E2eLedger open(int from, int count, int chats) {
        E2eLedger next = new E2eLedger(from, count, chats);
        ledger = next;
        return next;
    }

    /** The open phase's books. */
    E2eLedger ledger() {
        return ledger;
    }

    /** Every request so far. */
    long requests() {
        return requests.get();
    }

    /** Requests about no press of the open ledger, with an unknown method, or otherwise wrong. */
    long strays() {
        return strays.get();
    }

    /** Counts a request as a stray. */
    void stray() {
        strays.incrementAndGet();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A field of a JSON object with flat values ({@code "name":"v"} or {@code "name":123}) or of a
     * form body ({@code name=v}, URL-decoded); null when absent.
     */
    static String field(String body, String name) {
        String quoted = "\"" + name + "\"";
        int key = body.indexOf(quoted);
        if (key >= 0) {
            int i = body.indexOf(':', key + quoted.length()) + 1;
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            if (i < body.length() && body.charAt(i) == '"') {
                int end = body.indexOf('"', i + 1);
                return end < 0 ? null : body.substring(i + 1, end);
            }
            int end = i;
            while (end < body.length() && ",} \n".indexOf(body.charAt(end)) < 0) {
                end++;
            }
            return body.substring(i, end);
        }
        String assigned = name + "=";
        int at = body.startsWith(assigned) ? 0 : body.indexOf("&" + assigned);
        if (at < 0) {
            return null;
        }
        int start = at == 0 ? assigned.length() : at + 1 + assigned.length();
        int end = body.indexOf('&', start);
        return URLDecoder.decode(end < 0 ? body.substring(start) : body.substring(start, end), StandardCharsets.UTF_8);
    }
}
