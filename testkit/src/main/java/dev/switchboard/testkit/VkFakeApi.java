package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The VK API methods the adapter calls ({@code groups.getLongPollServer}, {@code messages.send},
 * {@code messages.edit}, {@code messages.sendMessageEventAnswer}) over {@link VkFakeState}, with
 * VK's checks. Each call returns the whole answer body: {@code {"response":…}} or an error body.
 */
final class VkFakeApi {
    private final VkFakeState state;
    private final VkFakeKeyboardCheck keyboards;
    private final VkFakeLongPoll longPoll;

    VkFakeApi(VkFakeState state, ObjectMapper json, VkFakeLongPoll longPoll) {
        this.state = state;
        this.keyboards = new VkFakeKeyboardCheck(json);
        this.longPoll = longPoll;
    }

    ObjectNode call(String method, Map<String, String> params) {
        String token = params.get("access_token");
        if (token == null || token.isEmpty()) {
            return VkFakeErrors.body(VkFakeErrors.AUTH_FAILED, method, params);
        }
        try {
            return switch (method) {
                case "groups.getLongPollServer" -> ok(longPoll.server());
                case "messages.send" -> send(token, params);
                case "messages.edit" -> edit(params);
                case "messages.sendMessageEventAnswer" -> answer(params);
                default -> VkFakeErrors.body(VkFakeErrors.INVALID_PARAMETER, method, params);
            };
        } catch (NumberFormatException e) {
            return VkFakeErrors.body(VkFakeErrors.INVALID_PARAMETER, method, params);
        }
    }

    private ObjectNode send(String token, Map<String, String> params) {
        String peers = params.get("peer_ids");
        String single = params.get("peer_id");
        if (peers == null && single == null) {
            return VkFakeErrors.body(VkFakeErrors.INVALID_PARAMETER, "messages.send", params);
        }
        JsonNode keyboard = null;
        if (params.containsKey("keyboard")) {
            keyboard = keyboards.parse(params.get("keyboard"));
            if (keyboard == null) {
                return VkFakeErrors.body(VkFakeErrors.KEYBOARD_INVALID, "messages.send", params);
            }
        }
        String[] targets = (peers != null ? peers : single).split(",");
        for (String target : targets) {
            if (state.denied(Long.parseLong(target.trim()))) {
                return VkFakeErrors.body(VkFakeErrors.NO_PERMISSION, "messages.send", params);
            }
        }
        long randomId = Long.parseLong(params.getOrDefault("random_id", "0"));
        String text = params.getOrDefault("message", "");
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        FakeVkMessage last = null;
        for (String target : targets) {
            long peer = Long.parseLong(target.trim());
            String dedup = randomId == 0 ? null : token + "|" + peer + "|" + randomId;
            last = state.send(dedup, peer, text, keyboard);
            entries.addObject().put("peer_id", peer).put("message_id", last.messageId())
                    .put("conversation_message_id", last.conversationMessageId());
        }
        return peers != null ? ok(entries) : ok(JsonNodeFactory.instance.numberNode(last.messageId()));
    }

    private ObjectNode edit(Map<String, String> params) {
        long peer = Long.parseLong(params.getOrDefault("peer_id", "0"));
        long cmid = Long.parseLong(params.getOrDefault("conversation_message_id", "0"));
        JsonNode keyboard = null;
        if (params.containsKey("keyboard")) {
            keyboard = keyboards.parse(params.get("keyboard"));
            if (keyboard == null) {
                return VkFakeErrors.body(VkFakeErrors.KEYBOARD_INVALID, "messages.edit", params);
            }
        }
        Optional<FakeVkMessage> old = state.message(peer, cmid);
        if (old.isEmpty()) {
            return VkFakeErrors.body(VkFakeErrors.INVALID_PARAMETER, "messages.edit", params);
        }
        state.edit(peer, cmid, params.getOrDefault("message", old.get().text()), keyboard);
        return ok(JsonNodeFactory.instance.numberNode(1));
    }

    private ObjectNode answer(Map<String, String> params) {
        String eventId = params.get("event_id");
        if (eventId == null || !params.containsKey("user_id") || !params.containsKey("peer_id")) {
            return VkFakeErrors.body(VkFakeErrors.INVALID_PARAMETER, "messages.sendMessageEventAnswer", params);
        }
        state.answer(new FakeVkAnswer(eventId, Long.parseLong(params.get("user_id")),
                Long.parseLong(params.get("peer_id")), Optional.ofNullable(params.get("event_data"))));
        return ok(JsonNodeFactory.instance.numberNode(1));
    }

    private static ObjectNode ok(JsonNode response) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("response", response);
        return body;
    }
}
