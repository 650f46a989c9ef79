package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Bots Long Poll endpoint: {@code GET {server}?act=a_check&key=…&ts=…&wait=…}. Events are
 * numbered from 1; {@code ts} names the first one wanted. A wrong key answers {@code failed 2}, a
 * ts beyond the log {@code failed 1} with the current ts; {@link #failNext} plays 1, 2 or 3 on demand
 * (2 and 3 also change the key). Thread-safe.
 */
final class VkLongPoll {
    /** Longest wait honoured, as VK (90 s). */
    private static final int MAX_WAIT = 90;

    private final VkState state;
    private final ArrayDeque<Integer> failures = new ArrayDeque<>();
    private URI server;
    private String key = newKey();

    VkLongPoll(VkState state) {
        this.state = state;
    }

    synchronized void server(URI server) {
        this.server = server;
    }

    /** The {@code response} of {@code groups.getLongPollServer}. */
    synchronized ObjectNode server() {
        return JsonNodeFactory.instance.objectNode().put("key", key).put("server", server.toString())
                .put("ts", Long.toString(state.currentTs()));
    }

    synchronized void failNext(int code) {
        failures.addLast(code);
    }

    /** The answer to one a_check; may block up to {@code wait} seconds. */
    ObjectNode check(Map<String, String> params) throws InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        long ts;
        synchronized (this) {
            Integer failed = failures.pollFirst();
            if (failed != null) {
                body.put("failed", failed);
                if (failed == 1) {
                    body.put("ts", state.currentTs());
                } else {
                    key = newKey();
                }
                return body;
            }
            if (!"a_check".equals(params.get("act")) || !key.equals(params.get("key"))) {
                return body.put("failed", 2);
            }
            try {
                ts = Long.parseLong(params.getOrDefault("ts", ""));
            } catch (NumberFormatException e) {
                return body.put("failed", 1).put("ts", state.currentTs());
            }
            if (ts < 1 || ts > state.currentTs()) {
                return body.put("failed", 1).put("ts", state.currentTs());
            }
        }
        int wait = Math.min(MAX_WAIT, Math.max(0, parseOr(params.get("wait"), 25)));
        List<ObjectNode> events = state.poll(ts, wait * 1000L);
        body.put("ts", Long.toString(ts + events.size()));
        ArrayNode updates = body.putArray("updates");
        events.forEach(updates::add);
        return body;
    }

    private static int parseOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
