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
 * The HTTP side of {@link FakeVk}: {@code /method/<name>} to {@link VkApi} behind the rate
 * limit, {@code /lp/…} to {@link VkLongPoll}, each after any queued fault. Thread-safe.
 */
final class VkRoutes implements FaultQueues {
    private static final Logger LOG = LoggerFactory.getLogger(VkRoutes.class);
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper json;
    private final VkApi api;
    private final VkLongPoll longPoll;
    private final VkRateLimit rateLimit;
    private final StatsCounter stats;
    private static final String GARBLED = "<html>this is not JSON";

    private final ArrayDeque<Fault> apiFaults = new ArrayDeque<>();
    private final ArrayDeque<Fault> pollFaults = new ArrayDeque<>();
    final FaultDice dice = new FaultDice();

    VkRoutes(ObjectMapper json, VkApi api, VkLongPoll longPoll, VkRateLimit rateLimit,
                 StatsCounter stats) {
        this.json = json;
        this.api = api;
        this.longPoll = longPoll;
        this.rateLimit = rateLimit;
        this.stats = stats;
    }

    @Override
    public void failNextRequest(Fault fault) {
        synchronized (apiFaults) {
            apiFaults.addLast(fault);
        }
    }

    @Override
    public void failNextPoll(Fault fault) {
        synchronized (pollFaults) {
            pollFaults.addLast(fault);
        }
    }

    @Override
    public FaultDice dice() {
        return dice;
    }

    void handleMethod(HttpExchange exchange) throws IOException {
        try (exchange) {
            Fault fault = next(apiFaults);
            if (fault != null && VkExchange.play(exchange, fault)) {
                return;
            }
            Map<String, String> params = VkExchange.params(exchange);
            String method = exchange.getRequestURI().getPath().substring("/method/".length());
            ObjectNode body;
            if (fault != null && fault.kind() == Fault.Kind.TOO_MANY_REQUESTS) {
                body = VkError.body(VkError.TOO_MANY_REQUESTS, method, params);
            } else if (rateLimit.tryAcquire()) {
                body = api.call(method, params);
            } else {
                body = VkError.body(VkError.TOO_MANY_REQUESTS, method, params);
                if (method.equals("messages.send") || method.equals("messages.edit")) {
                    stats.sendsRefused.incrementAndGet();
                }
            }
            VkExchange.send(exchange, 200, JSON_TYPE, garbled(fault) ? GARBLED : json.writeValueAsString(body));
        } catch (RuntimeException e) {
            LOG.error("fake VK failed on {}", exchange.getRequestURI(), e);
            throw e;
        }
    }

    void handlePoll(HttpExchange exchange) throws IOException {
        try (exchange) {
            Fault fault = next(pollFaults);
            if (fault != null && fault.kind() == Fault.Kind.TOO_MANY_REQUESTS) {
                VkExchange.send(exchange, 429, "text/html", "<html>429 Too Many Requests</html>");
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.LONG_POLL_FAILED) {
                longPoll.failNext(fault.status());
            }
            if (fault != null && VkExchange.play(exchange, fault)) {
                return;
            }
            ObjectNode body;
            try {
                body = longPoll.check(VkExchange.params(exchange));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            VkExchange.send(exchange, 200, JSON_TYPE, garbled(fault) ? GARBLED : json.writeValueAsString(body));
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
