package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@link FakeVk}: {@code /method/<name>} to {@link VkFakeApi} behind the rate
 * limit, {@code /lp/…} to {@link VkFakeLongPoll}, each after any queued fault. Thread-safe.
 */
final class VkFakeRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(VkFakeRoutes.class);
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper json;
    private final VkFakeApi api;
    private final VkFakeLongPoll longPoll;
    private final VkFakeRateLimit rateLimit;
    private final StatsCounter stats;
    private static final String GARBLED = "<html>this is not JSON";

    private final ArrayDeque<Fault> apiFaults = new ArrayDeque<>();
    private final ArrayDeque<Fault> pollFaults = new ArrayDeque<>();
    final FaultDice dice = new FaultDice();

    VkFakeRoutes(ObjectMapper json, VkFakeApi api, VkFakeLongPoll longPoll, VkFakeRateLimit rateLimit,
                 StatsCounter stats) {
        this.json = json;
        this.api = api;
        this.longPoll = longPoll;
        this.rateLimit = rateLimit;
        this.stats = stats;
    }

    void failNextRequest(Fault fault) {
        synchronized (apiFaults) {
            apiFaults.addLast(fault);
        }
    }

    void failNextPoll(Fault fault) {
        synchronized (pollFaults) {
            pollFaults.addLast(fault);
        }
    }

    void handleMethod(HttpExchange exchange) throws IOException {
        try (exchange) {
            Fault fault = next(apiFaults);
            if (fault != null && VkFakeExchange.play(exchange, fault)) {
                return;
            }
            Map<String, String> params = VkFakeExchange.params(exchange);
            String method = exchange.getRequestURI().getPath().substring("/method/".length());
            ObjectNode body;
            if (fault != null && fault.kind() == Fault.Kind.TOO_MANY_REQUESTS) {
                body = VkFakeErrors.body(VkFakeErrors.TOO_MANY_REQUESTS, method, params);
            } else if (rateLimit.tryAcquire()) {
                body = api.call(method, params);
            } else {
                body = VkFakeErrors.body(VkFakeErrors.TOO_MANY_REQUESTS, method, params);
                if (method.equals("messages.send") || method.equals("messages.edit")) {
                    stats.sendsRefused.incrementAndGet();
                }
            }
            VkFakeExchange.send(exchange, 200, JSON_TYPE, garbled(fault) ? GARBLED : json.writeValueAsString(body));
        } catch (RuntimeException e) {
            LOG.error("fake VK failed on {}", exchange.getRequestURI(), e);
            throw e;
        }
    }

    void handlePoll(HttpExchange exchange) throws IOException {
        try (exchange) {
            Fault fault = next(pollFaults);
            if (fault != null && fault.kind() == Fault.Kind.TOO_MANY_REQUESTS) {
                VkFakeExchange.send(exchange, 429, "text/html", "<html>429 Too Many Requests</html>");
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.LONG_POLL_FAILED) {
                longPoll.failNext(fault.status());
            }
            if (fault != null && VkFakeExchange.play(exchange, fault)) {
                return;
            }
            ObjectNode body;
            try {
                body = longPoll.check(VkFakeExchange.params(exchange));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            VkFakeExchange.send(exchange, 200, JSON_TYPE, garbled(fault) ? GARBLED : json.writeValueAsString(body));
        }
    }

    /** The queued fault of the next request, else a random one, else null. */
    private Fault next(ArrayDeque<Fault> faults) {
        Fault fault;
        synchronized (faults) {
            fault = faults.pollFirst();
        }
        return fault != null ? fault : dice.roll().orElse(null);
    }

    private static boolean garbled(Fault fault) {
        return fault != null && fault.kind() == Fault.Kind.GARBLED_REPLY;
    }
}
