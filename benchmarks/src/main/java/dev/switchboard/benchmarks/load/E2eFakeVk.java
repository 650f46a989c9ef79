package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import java.nio.charset.StandardCharsets;

/**
 * A loopback VK API (5.199) that answers at once and keeps the same books as the fake Bot API
 * ({@link E2eLedger}), and pushes presses as the Callback API does ({@link E2ePresses#vkEvent}).
 * Calls are {@code POST /method/{name}} with form-encoded parameters, {@code access_token} and
 * {@code v} among them:
 * <ul>
 *   <li>{@code messages.sendMessageEventAnswer}: books the answer of press {@code event_id}; its
 *       {@code event_data} must be a {@code show_snackbar} with the route's text, and its
 *       {@code user_id} and {@code peer_id} the press's, or it is booked as a wrong text. A second
 *       answer to one {@code event_id} gets what VK answers, error 100 "event_id is expired or was
 *       already answered", and is counted.</li>
 *   <li>{@code messages.edit}: books the edit of the message {@code conversation_message_id} (or
 *       {@code cmid}, the same id by its other name, which vk-java-sdk's query writes) in
 *       {@code peer_id} to {@code message}.</li>
 * </ul>
 * Both answer {@code {"response":1}}. A call without the token and version, or with another method,
 * gets VK's error 5 or 3 and is counted as a stray. Nothing sleeps.
 */
final class E2eFakeVk extends E2eFakeApi {
    private static final String PREFIX = "/method/";
    private static final byte[] OK = "ok".getBytes(StandardCharsets.US_ASCII);
    private static final WebhookResponse ONE = json("{\"response\":1}");
    private static final WebhookResponse ALREADY_ANSWERED = json("{\"error\":{\"error_code\":100,\"error_msg\":"
            + "\"One of the parameters specified was missing or invalid: event_id is expired or was already answered\","
            + "\"request_params\":[{\"key\":\"method\",\"value\":\"messages.sendMessageEventAnswer\"},"
            + "{\"key\":\"oauth\",\"value\":\"1\"},{\"key\":\"v\",\"value\":\"5.199\"}]}}");
    private static final WebhookResponse AUTH_FAILED = json("{\"error\":{\"error_code\":5,\"error_msg\":"
            + "\"User authorization failed: invalid access_token (4).\",\"request_params\":[]}}");
    private static final WebhookResponse UNKNOWN_METHOD = json("{\"error\":{\"error_code\":3,\"error_msg\":"
            + "\"Unknown method passed\",\"request_params\":[]}}");

    E2eFakeVk() {
        super(PREFIX + "*");
    }

    /** Press {@code i} as a Callback API {@code message_event} body. */
    @Override
    byte[] press(int i, int chats) {
        return E2ePresses.vkEvent(i, chats);
    }

    /** None: the Callback API's secret is in the body. */
    @Override
    String pushHeaders() {
        return "";
    }

    @Override
    String webhookPath() {
        return E2ePresses.VK_PATH;
    }

    /** VK sends an event again unless the answer is 200 with the body {@code ok}. */
    @Override
    boolean delivered(Exchange.Answer answer) {
        return answer.status() == 200 && answer.bodyEquals(OK);
    }

    @Override
    WebhookResponse handle(WebhookRequest request, E2eLedger books) {
        long now = System.nanoTime();
        String method = request.path().substring(PREFIX.length());
        String body = new String(request.body(), StandardCharsets.UTF_8);
        if (!E2ePresses.TOKEN.equals(field(body, "access_token")) || !"5.199".equals(field(body, "v"))) {
            stray();
            return AUTH_FAILED;
        }
        switch (method) {
            case "messages.sendMessageEventAnswer" -> {
                int index = E2ePresses.indexOfQuery(field(body, "event_id"));
                String text = toast(field(body, "event_data"));
                String chat = index < 0 ? null : Long.toString(E2ePresses.chatId(index, books.chats()));
                boolean inItsChat = chat != null && chat.equals(field(body, "user_id"))
                        && chat.equals(field(body, "peer_id"));
                E2eLedger.Answer answer = books.answered(index, inItsChat ? text : null, now);
                if (answer == E2eLedger.Answer.STRAY) {
                    stray();
                }
                // VK refuses a second answer to an event, so the user sees one snackbar.
                return answer == E2eLedger.Answer.REPEATED ? ALREADY_ANSWERED : ONE;
            }
            case "messages.edit" -> {
                String id = field(body, "conversation_message_id");
                if (id == null) {
                    id = field(body, "cmid");
                }
                int index = id == null ? -1 : (int) (Long.parseLong(id) - 1);
                if (!books.edited(index, field(body, "peer_id"), field(body, "message"))) {
                    stray();
                }
                return ONE;
            }
            default -> {
                stray();
                return UNKNOWN_METHOD;
            }
        }
    }

    /** The text of an {@code event_data} that shows a snackbar, or null. */
    static String toast(String eventData) {
        if (eventData == null || !"show_snackbar".equals(field(eventData, "type"))) {
            return null;
        }
        return field(eventData, "text");
    }

    private static WebhookResponse json(String body) {
        return WebhookResponse.typed(200, "application/json; charset=utf-8", body);
    }
}
