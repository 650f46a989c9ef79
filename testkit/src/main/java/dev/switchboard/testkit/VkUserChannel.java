package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.PlatformId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/** {@link FakeUser}'s VK part: a user's actions as events of the fake community. */
final class VkUserChannel implements UserChannel {
    private final VkState state;
    private final ActionSync sync;
    private final ToIntFunction<ObjectNode> publish;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    /** @param publish queues an event for long polls and the Callback API; returns its number */
    VkUserChannel(VkState state, ActionSync sync, ToIntFunction<ObjectNode> publish) {
        this.state = state;
        this.sync = sync;
        this.publish = publish;
    }

    @Override
    public void name(long userId, String name) {
        names.put(userId, name);
    }

    @Override
    public PlatformId platform() {
        return PlatformId.VK;
    }

    @Override
    public ActionSync sync() {
        return sync;
    }

    @Override
    public Delivery sends(long userId, String text) {
        return message(userId, text, null, "sends \"" + text + "\"");
    }

    @Override
    public Delivery pressesCallback(long userId, SentMessage message, KeyboardButtons.Raw button) {
        JsonNode action = button.json().path("action");
        String pressId = "press-" + state.nextEventId();
        // A carousel's buttons, like an inline keyboard's, belong to the message.
        boolean inline = message.template().isPresent()
                || message.markup().map(k -> k.path("inline").asBoolean(false)).orElse(false);
        state.pressed(pressId);
        // VK leaves conversation_message_id out for presses on a standard keyboard.
        return publish(VkUpdates.messageEvent(FakeVk.GROUP_ID, state.nextEventId(), userId, message.chatId(),
                pressId, action.path("payload").asText("{}"), inline ? message.messageId() : -1), userId,
                "presses \"" + button.label() + "\" " + button.position());
    }

    @Override
    public Delivery pressesText(long userId, KeyboardButtons.Raw button) {
        JsonNode payload = button.json().path("action").get("payload");
        return message(userId, button.label(), payload == null ? null : payload.asText(),
                "presses the text button \"" + button.label() + "\"");
    }

    @Override
    public Delivery blocks(long userId, boolean blocks) {
        state.permission(userId, !blocks);
        return publish(VkUpdates.permission(FakeVk.GROUP_ID, state.nextEventId(), userId, !blocks), userId,
                blocks ? "blocks the bot (message_deny)" : "unblocks the bot (message_allow)");
    }

    @Override
    public Delivery joins(long userId, long groupId, boolean joins) {
        checkArgument(groupId == FakeVk.GROUP_ID, "FakeVk stands for community %s only: %s", FakeVk.GROUP_ID, groupId);
        return publish(VkUpdates.membership(FakeVk.GROUP_ID, state.nextEventId(), userId, joins), userId,
                joins ? "joins the community" : "leaves the community");
    }

    @Override
    public List<SentMessage> messages(long userId) {
        return state.messages(userId);
    }

    @Override
    public List<AnsweredPress> answers() {
        return state.answers();
    }

    private Delivery message(long userId, String text, String payload, String what) {
        long[] ids = state.nextIds(userId);
        return publish(VkUpdates.messageNew(FakeVk.GROUP_ID, state.nextEventId(), userId, userId, ids[0], ids[1],
                text, payload, state.carouselClients()), userId, what);
    }

    private Delivery publish(ObjectNode event, long userId, String what) {
        int number = publish.applyAsInt(event);
        return new Delivery("VK event " + event.path("event_id").asText() + " (" + names.getOrDefault(userId,
                "user " + userId) + " " + what + ")", () -> state.taken(number));
    }
}
