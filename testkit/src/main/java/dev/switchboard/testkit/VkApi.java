package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.answer.OpenApp;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.MessageText;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The VK API methods the adapter calls ({@code groups.getLongPollServer}, {@code messages.send},
 * {@code messages.edit}, {@code messages.sendMessageEventAnswer}) over {@link VkState}, with
 * VK's checks. Each call returns the whole answer body: {@code {"response":…}} or an error body.
 */
final class VkApi {
    private final VkState state;
    private final VkKeyboardCheck keyboards;
    private final VkCarouselCheck carousels;
    private final VkLongPoll longPoll;
    private final StatsCounter stats;
    private final ObjectMapper json;

    VkApi(VkState state, ObjectMapper json, VkLongPoll longPoll, StatsCounter stats) {
        this.state = state;
        this.keyboards = new VkKeyboardCheck(json);
        this.carousels = new VkCarouselCheck(json, keyboards);
        this.longPoll = longPoll;
        this.stats = stats;
        this.json = json;
    }

    ObjectNode call(String method, Map<String, String> params) {
        String token = params.get("access_token");
        if (token == null || token.isEmpty()) {
            return VkError.body(VkError.AUTH_FAILED, method, params);
        }
        try {
            return switch (method) {
                case "groups.getLongPollServer" -> ok(longPoll.server());
                case "groups.getById" -> groupById(params);
                case "messages.send" -> counted(send(token, params));
                case "messages.edit" -> counted(edit(params));
                case "messages.sendMessageEventAnswer" -> answer(params);
                default -> VkError.body(VkError.INVALID_PARAMETER, method, params);
            };
        } catch (NumberFormatException e) {
            return VkError.body(VkError.INVALID_PARAMETER, method, params);
        }
    }

    /**
     * The fake community, as {@code groups.getById} describes it in API 5.199 ({@code {"groups":[…],
     * "profiles":[]}}); error 100 for another {@code group_id}.
     */
    private ObjectNode groupById(Map<String, String> params) {
        String asked = params.getOrDefault("group_id", params.getOrDefault("group_ids", Long.toString(FakeVk.GROUP_ID)));
        if (!asked.equals(Long.toString(FakeVk.GROUP_ID))) {
            return VkError.invalidParameter("group_id " + asked + " is not this community's", "groups.getById",
                    params);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putArray("groups").addObject().put("id", FakeVk.GROUP_ID).put("name", "Fake community")
                .put("screen_name", "club" + FakeVk.GROUP_ID).put("is_closed", 0).put("type", "group");
        response.putArray("profiles");
        return ok(response);
    }

    /** Counts an error answer to a send or edit as refused. */
    private ObjectNode counted(ObjectNode body) {
        if (body.has("error")) {
            stats.sendsRefused.incrementAndGet();
        }
        return body;
    }

    private ObjectNode send(String token, Map<String, String> params) {
        String peers = params.get("peer_ids");
        String single = params.get("peer_id");
        if (peers == null && single == null) {
            return VkError.body(VkError.INVALID_PARAMETER, "messages.send", params);
        }
        Content content = content("messages.send", params);
        if (content.refusal().isPresent()) {
            return content.refusal().get();
        }
        JsonNode keyboard = content.keyboard().orElse(null);
        JsonNode template = content.template().orElse(null);
        String[] targets = (peers != null ? peers : single).split(",");
        for (String target : targets) {
            if (state.denied(Long.parseLong(target.trim()))) {
                return VkError.body(VkError.NO_PERMISSION, "messages.send", params);
            }
        }
        long randomId = Long.parseLong(params.getOrDefault("random_id", "0"));
        String text = params.getOrDefault("message", "");
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        VkMessage last = null;
        for (String target : targets) {
            long peer = Long.parseLong(target.trim());
            String dedup = randomId == 0 ? null : token + "|" + peer + "|" + randomId;
            last = state.send(dedup, peer, text, keyboard, template);
            entries.addObject().put("peer_id", peer).put("message_id", last.messageId())
                    .put("conversation_message_id", last.conversationMessageId());
        }
        return peers != null ? ok(entries) : ok(JsonNodeFactory.instance.numberNode(last.messageId()));
    }

    private ObjectNode edit(Map<String, String> params) {
        long peer = Long.parseLong(params.getOrDefault("peer_id", "0"));
        long cmid = Long.parseLong(params.getOrDefault("conversation_message_id", "0"));
        Content content = content("messages.edit", params);
        if (content.refusal().isPresent()) {
            return content.refusal().get();
        }
        JsonNode keyboard = content.keyboard().orElse(null);
        JsonNode template = content.template().orElse(null);
        Optional<VkMessage> old = state.message(peer, cmid);
        if (old.isEmpty()) {
            return VkError.body(VkError.INVALID_PARAMETER, "messages.edit", params);
        }
        state.edit(peer, cmid, params.getOrDefault("message", old.get().text()), keyboard, template);
        return ok(JsonNodeFactory.instance.numberNode(1));
    }

    /** A message's keyboard and carousel as sent, or VK's refusal of its text, keyboard or carousel. */
    private record Content(Optional<JsonNode> keyboard, Optional<JsonNode> template, Optional<ObjectNode> refusal) {
    }

    /**
     * Checks the text, then reads the keyboard and the carousel {@code template}, as VK does for
     * {@code messages.send} and {@code messages.edit}: a bad keyboard is 911, a bad template 100.
     */
    private Content content(String method, Map<String, String> params) {
        Optional<ObjectNode> badText = checkText(method, params);
        if (badText.isPresent()) {
            return new Content(Optional.empty(), Optional.empty(), badText);
        }
        Optional<JsonNode> keyboard = Optional.empty();
        if (params.containsKey("keyboard")) {
            keyboard = Optional.ofNullable(keyboards.parse(params.get("keyboard")));
            if (keyboard.isEmpty()) {
                return new Content(keyboard, Optional.empty(),
                        Optional.of(VkError.body(VkError.KEYBOARD_INVALID, method, params)));
            }
        }
        Optional<JsonNode> template = Optional.empty();
        if (params.containsKey("template")) {
            template = Optional.ofNullable(carousels.parse(params.get("template")));
            if (template.isEmpty()) {
                return new Content(keyboard, template,
                        Optional.of(VkError.invalidParameter("template is invalid", method, params)));
            }
        }
        return new Content(keyboard, template, Optional.empty());
    }

    /**
     * VK's text rule for {@code messages.send} and {@code messages.edit}: over 9000 characters
     * ({@link MessageText#VK}, the adapter's own limit) is 914; no text and no attachment is 100.
     */
    private static Optional<ObjectNode> checkText(String method, Map<String, String> params) {
        String text = params.getOrDefault("message", "");
        if (text.length() > MessageText.VK.max()) {
            return Optional.of(VkError.body(VkError.MESSAGE_TOO_LONG, method, params));
        }
        if (text.isEmpty() && params.getOrDefault("attachment", "").isEmpty()) {
            return Optional.of(VkError.invalidParameter("message is empty or invalid", method, params));
        }
        return Optional.empty();
    }

    private ObjectNode answer(Map<String, String> params) {
        String eventId = params.get("event_id");
        if (eventId == null || !params.containsKey("user_id") || !params.containsKey("peer_id")) {
            return VkError.body(VkError.INVALID_PARAMETER, "messages.sendMessageEventAnswer", params);
        }
        Optional<PressAnswer> answer = answer(params.get("event_data"));
        if (answer.isEmpty()) {
            return VkError.body(VkError.INVALID_PARAMETER, "messages.sendMessageEventAnswer", params);
        }
        if (!state.answer(eventId, Long.parseLong(params.get("user_id")), Long.parseLong(params.get("peer_id")),
                answer.get())) {
            return VkError.invalidParameter("event_id is expired or was already answered",
                    "messages.sendMessageEventAnswer", params);
        }
        return ok(JsonNodeFactory.instance.numberNode(1));
    }

    /** {@code event_data} read back as the neutral answer; empty when VK would not accept it. */
    private Optional<PressAnswer> answer(String eventData) {
        if (eventData == null || eventData.isEmpty()) {
            return Optional.of(PressAnswer.none());
        }
        JsonNode data;
        try {
            data = json.readTree(eventData);
        } catch (IOException e) {
            return Optional.empty();
        }
        return switch (data.path("type").asText("")) {
            case "show_snackbar" -> Optional.of(PressAnswer.toast(data.path("text").asText("")));
            case "open_link" -> Optional.of(PressAnswer.openLink(data.path("link").asText("")));
            case "open_app" -> Optional.of(new OpenApp(data.path("app_id").asLong(),
                    data.has("owner_id") ? OptionalLong.of(data.get("owner_id").asLong()) : OptionalLong.empty(),
                    Optional.ofNullable(data.get("hash")).map(JsonNode::asText), Duration.ZERO));
            default -> Optional.empty();
        };
    }

    private static ObjectNode ok(JsonNode response) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("response", response);
        return body;
    }
}
