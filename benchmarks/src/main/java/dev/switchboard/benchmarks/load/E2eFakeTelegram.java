package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback Bot API that answers at once and keeps the books of one phase ({@link E2eLedger}):
 * for every press of the phase how often it was answered and edited, whether with the expected
 * texts, and when the first answer came in. It reads JSON bodies (Switchboard, TelegramBots, the limit) and form bodies
 * (java-telegram-bot-api) alike. Nothing sleeps; each request costs a few field look-ups. For a
 * bot on long polling it also serves {@code getUpdates} from a queue of enqueued presses, holding
 * the poll until there is one or its timeout passes, as Telegram does.
 */
final class E2eFakeTelegram extends E2eFakeApi {
    private static final String PREFIX = "/bot" + E2ePresses.TOKEN + "/";
    private static final WebhookResponse TRUE = WebhookResponse.typed(200, "application/json",
            "{\"ok\":true,\"result\":true}");
    private static final WebhookResponse ALREADY_ANSWERED = WebhookResponse.typed(400, "application/json",
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: query is too old and response timeout"
                    + " expired or query ID is invalid\"}");

    /** Presses waiting for {@code getUpdates}: update id and press, in the order enqueued. */
    private final java.util.ArrayDeque<long[]> queue = new java.util.ArrayDeque<>();
    private long nextUpdateId = 1;
    private boolean closed;

    E2eFakeTelegram() {
        super(PREFIX + "*");
    }

    /** Press {@code i} as a Telegram webhook body. */
    @Override
    byte[] press(int i, int chats) {
        return E2ePresses.update(i, chats);
    }

    /** Telegram's secret header, which every contender checks. */
    @Override
    String pushHeaders() {
        return "X-Telegram-Bot-Api-Secret-Token: " + E2ePresses.SECRET + "\r\n";
    }

    @Override
    String webhookPath() {
        return E2ePresses.PATH;
    }

    /** Telegram delivers an update again unless the webhook answers 200. */
    @Override
    boolean delivered(Exchange.Answer answer) {
        return answer.status() == 200;
    }

    @Override
    WebhookResponse handle(WebhookRequest request, E2eLedger books) {
        long now = System.nanoTime();
        // Bot API method names are case-insensitive; TelegramBots writes them in lower case.
        String method = request.path().substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        String body = new String(request.body(), StandardCharsets.UTF_8);
        switch (method) {
            case "answercallbackquery" -> {
                E2eLedger.Answer answer = books.answered(E2ePresses.indexOfQuery(field(body, "callback_query_id")),
                        field(body, "text"), now);
                if (answer == E2eLedger.Answer.STRAY) {
                    stray();
                }
                // Telegram refuses a second answer to a query, so the user sees one toast.
                return answer == E2eLedger.Answer.REPEATED ? ALREADY_ANSWERED : TRUE;
            }
            case "editmessagetext" -> {
                String messageId = field(body, "message_id");
                String chatId = field(body, "chat_id");
                String text = field(body, "text");
                int index = messageId == null ? -1 : (int) (Long.parseLong(messageId) - 1);
                if (!books.edited(index, chatId, text)) {
                    stray();
                }
                return WebhookResponse.typed(200, "application/json", "{\"ok\":true,\"result\":{\"message_id\":"
                        + messageId + ",\"date\":1700000300,\"edit_date\":1700000301,\"chat\":{\"id\":" + chatId
                        + ",\"type\":\"private\"},\"text\":\"" + text + "\"}}");
            }
            case "getupdates" -> {
                return updates(body);
            }
            case "deletewebhook", "setwebhook" -> {
                return TRUE;
            }
            case "getme" -> {
                return WebhookResponse.typed(200, "application/json", "{\"ok\":true,\"result\":{\"id\":123456,"
                        + "\"is_bot\":true,\"first_name\":\"Demo\",\"username\":\"demo_bot\"}}");
            }
            default -> {
                stray();
                return TRUE;
            }
        }
    }

    /** Queues press {@code index} (of the open ledger's chats) for the next {@code getUpdates}. */
    @Override
    void enqueue(int index) {
        synchronized (queue) {
            queue.addLast(new long[] {nextUpdateId++, index});
            queue.notifyAll();
        }
    }

    /**
     * Forgets the updates before {@code offset} (confirmed), then waits up to {@code timeout}
     * seconds for one and lists up to {@code limit} (100).
     */
    private WebhookResponse updates(String body) {
        String offsetField = field(body, "offset");
        String timeoutField = field(body, "timeout");
        String limitField = field(body, "limit");
        long offset = offsetField == null ? 0 : Long.parseLong(offsetField);
        long timeout = timeoutField == null ? 0 : Long.parseLong(timeoutField);
        int limit = limitField == null ? 100 : Integer.parseInt(limitField);
        int chats = ledger().chats();
        StringBuilder result = new StringBuilder("{\"ok\":true,\"result\":[");
        synchronized (queue) {
            while (!queue.isEmpty() && queue.peekFirst()[0] < offset) {
                queue.removeFirst();
            }
            long until = System.nanoTime() + timeout * 1_000_000_000L;
            try {
                for (long left; queue.isEmpty() && !closed && (left = until - System.nanoTime()) > 0; ) {
                    queue.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = 0;
            for (long[] update : queue) {
                if (n == limit) {
                    break;
                }
                result.append(n++ == 0 ? "" : ",").append(E2ePresses.json((int) update[1], chats, update[0]));
            }
        }
        return WebhookResponse.typed(200, "application/json", result.append("]}").toString());
    }

    @Override
    public void close() {
        synchronized (queue) {
            closed = true;
            queue.notifyAll();
        }
        super.close();
    }
}
