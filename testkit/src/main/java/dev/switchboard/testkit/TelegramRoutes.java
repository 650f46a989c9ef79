package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.switchboard.core.answer.PressAnswer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Serves {@code POST /bot<token>/<method>}: applies an injected fault if one is queued, parses
 * the JSON body, calls the state, and writes the Bot API envelope with HTTP status = error_code.
 */
final class TelegramRoutes implements HttpHandler, FaultQueues {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_TIMEOUT_SECONDS = 50;
    private static final byte[] GARBLED = "}{ not json \u0000".getBytes(StandardCharsets.UTF_8);

    private final TelegramState state;
    private final Queue<Fault> requestFaults = new ConcurrentLinkedQueue<>();
    private final Queue<Fault> pollFaults = new ConcurrentLinkedQueue<>();
    final FaultDice dice = new FaultDice();

    TelegramRoutes(TelegramState state) {
        this.state = state;
    }

    /** Queues a fault for the next request other than {@code getUpdates}. */
    @Override
    public void failNextRequest(Fault fault) {
        requestFaults.add(fault);
    }

    /** Queues a fault for the next {@code getUpdates}. */
    @Override
    public void failNextPoll(Fault fault) {
        pollFaults.add(fault);
    }

    @Override
    public FaultDice dice() {
        return dice;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            boolean poll = exchange.getRequestURI().getPath().endsWith("/getUpdates");
            Fault fault = (poll ? pollFaults : requestFaults).poll();
            if (fault == null) {
                fault = dice.roll().orElse(null);
            }
            if (fault != null && !applyFault(exchange, fault)) {
                return;
            }
            ObjectNode response;
            int status;
            try {
                response = JSON.objectNode().put("ok", true);
                response.set("result", route(exchange.getRequestURI(), parse(request)));
                status = 200;
            } catch (TelegramError e) {
                response = e.body();
                status = e.code();
            }
            if (fault != null && fault.kind() == Fault.Kind.GARBLED_REPLY) {
                write(exchange, 200, GARBLED, "application/json");
                return;
            }
            write(exchange, status, MAPPER.writeValueAsBytes(response), "application/json");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns whether to go on and answer normally. */
    private static boolean applyFault(HttpExchange exchange, Fault fault) throws IOException, InterruptedException {
        switch (fault.kind()) {
            case DROP_CONNECTION -> {
                // Closing the exchange before any response headers drops the connection.
                return false;
            }
            case DELAY -> {
                Thread.sleep(fault.delay().toMillis());
                return true;
            }
            case SERVER_ERROR -> {
                write(exchange, fault.status(), ("<html><head><title>" + fault.status()
                        + "</title></head><body>fake server error</body></html>").getBytes(StandardCharsets.UTF_8),
                        "text/html");
                return false;
            }
            case GARBAGE -> {
                write(exchange, 200, GARBLED, "application/json");
                return false;
            }
            case TOO_MANY_REQUESTS -> {
                TelegramError flood = TelegramError.tooManyRequests((int) fault.delay().getSeconds());
                write(exchange, flood.code(), MAPPER.writeValueAsBytes(flood.body()), "application/json");
                return false;
            }
            case GARBLED_REPLY, LONG_POLL_FAILED -> {
                return true;
            }
            default -> throw new AssertionError(fault.kind());
        }
    }

    private static JsonNode parse(byte[] body) throws TelegramError {
        if (body.length == 0) {
            return JSON.objectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw TelegramError.badRequest("Bad Request: invalid request body");
            }
            return node;
        } catch (IOException e) {
            throw TelegramError.badRequest("Bad Request: can't parse JSON");
        }
    }

    private JsonNode route(URI uri, JsonNode body) throws TelegramError, InterruptedException {
        String path = uri.getPath();
        int slash = path.lastIndexOf('/');
        if (!path.startsWith("/bot") || slash <= 4) {
            throw TelegramError.of(404, "Not Found");
        }
        if (!path.substring(4, slash).matches("\\d+:[A-Za-z0-9_-]+")) {
            throw TelegramError.of(401, "Unauthorized");
        }
        String method = path.substring(slash + 1);
        return switch (method) {
            case "getMe" -> TelegramUpdates.bot(state.botId()).put("can_join_groups", true);
            case "getUpdates" -> getUpdates(body);
            case "setWebhook" -> setWebhook(body);
            case "deleteWebhook" -> {
                state.setWebhook(Optional.empty(), body.path("drop_pending_updates").asBoolean(false),
                        Optional.empty());
                yield JSON.booleanNode(true);
            }
            case "sendMessage" -> result(state.send(
                    required(body, "chat_id").asLong(), text(body), markup(body)));
            case "editMessageText" -> result(state.edit(
                    required(body, "chat_id").asLong(), required(body, "message_id").asLong(),
                    Optional.of(text(body)), markup(body)));
            case "editMessageReplyMarkup" -> result(state.edit(
                    required(body, "chat_id").asLong(), required(body, "message_id").asLong(),
                    Optional.empty(), markup(body)));
            case "answerCallbackQuery" -> {
                state.answer(required(body, "callback_query_id").asText(), answer(body));
                yield JSON.booleanNode(true);
            }
            default -> throw TelegramError.of(404, "Not Found: method not found");
        };
    }

    private JsonNode result(SentMessage sent) {
        return TelegramUpdates.botMessage(state.botId(), sent, state.name(sent.chatId()), state.now());
    }

    /** An {@code answerCallbackQuery} body read back as the neutral answer, {@code cache_time} kept. */
    static PressAnswer answer(JsonNode body) {
        String text = body.path("text").asText("");
        PressAnswer answer;
        if (body.hasNonNull("url")) {
            answer = PressAnswer.openLink(body.get("url").asText());
        } else if (text.isEmpty()) {
            answer = PressAnswer.none();
        } else {
            answer = body.path("show_alert").asBoolean(false) ? PressAnswer.alert(text) : PressAnswer.toast(text);
        }
        return answer.withCacheTime(Duration.ofSeconds(Math.max(0, body.path("cache_time").asLong(0))));
    }

    private JsonNode getUpdates(JsonNode body) throws TelegramError, InterruptedException {
        long offset = body.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, body.path("limit").asInt(100)));
        int timeout = Math.max(0, Math.min(MAX_TIMEOUT_SECONDS, body.path("timeout").asInt(0)));
        ArrayNode result = JSON.arrayNode();
        state.getUpdates(offset, limit, Duration.ofSeconds(timeout), allowedUpdates(body)).forEach(result::add);
        return result;
    }

    private JsonNode setWebhook(JsonNode body) throws TelegramError {
        String url = body.path("url").asText("");
        boolean drop = body.path("drop_pending_updates").asBoolean(false);
        if (url.isEmpty()) {
            state.setWebhook(Optional.empty(), drop, allowedUpdates(body));
        } else {
            String secret = body.path("secret_token").asText("");
            if (!secret.matches("[A-Za-z0-9_-]{0,256}")) {
                throw TelegramError.badRequest("Bad Request: secret token contains unallowed characters");
            }
            state.setWebhook(Optional.of(new TelegramState.Webhook(URI.create(url), secret)), drop,
                    allowedUpdates(body));
        }
        return JSON.booleanNode(true);
    }

    private static Optional<List<String>> allowedUpdates(JsonNode body) {
        return TelegramAllowedUpdates.read(body.get("allowed_updates"));
    }

    /** A message text; a missing one is empty, as the server reads it. */
    private static String text(JsonNode body) {
        return body.path("text").asText("");
    }

    private static Optional<JsonNode> markup(JsonNode body) throws TelegramError {
        JsonNode markup = body.get("reply_markup");
        if (markup == null || markup.isNull()) {
            return Optional.empty();
        }
        if (markup.isTextual()) {
            try {
                markup = MAPPER.readTree(markup.asText());
            } catch (IOException e) {
                throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
            }
        }
        if (!markup.isObject()) {
            throw TelegramError.badRequest("Bad Request: can't parse reply keyboard markup JSON object");
        }
        return Optional.of(markup);
    }

    private static JsonNode required(JsonNode body, String field) throws TelegramError {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw TelegramError.badRequest("Bad Request: " + field + " is empty");
        }
        return value;
    }

    private static void write(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
