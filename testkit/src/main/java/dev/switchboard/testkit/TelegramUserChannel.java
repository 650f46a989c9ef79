package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.PlatformId;
import java.util.List;

/** {@link FakeUser}'s Telegram part: a user's actions as updates on a {@link TelegramState}. */
final class TelegramUserChannel implements UserChannel {
    private final TelegramState state;
    private final ActionSync sync;

    TelegramUserChannel(TelegramState state, ActionSync sync) {
        this.state = state;
        this.sync = sync;
    }

    @Override
    public PlatformId platform() {
        return PlatformId.TELEGRAM;
    }

    @Override
    public void name(long userId, String name) {
        state.name(userId, name);
    }

    @Override
    public ActionSync sync() {
        return sync;
    }

    @Override
    public Delivery sends(long userId, String text) {
        return queue(TelegramUpdates.textMessage(userId, state.name(userId), state.nextMessageId(userId), text,
                state.now()), userId, "sends \"" + text + "\"");
    }

    @Override
    public Delivery pressesCallback(long userId, SentMessage message, KeyboardButtons.Raw button) {
        long id = state.press(userId, message.chatId(), message.messageId(),
                button.json().get("callback_data").asText()).updateId();
        return delivery(id, userId, "presses \"" + button.label() + "\" " + button.position());
    }

    @Override
    public Delivery pressesText(long userId, KeyboardButtons.Raw button) {
        return queue(TelegramUpdates.textMessage(userId, state.name(userId), state.nextMessageId(userId),
                button.label(), state.now()), userId, "presses the text button \"" + button.label() + "\"");
    }

    @Override
    public Delivery blocks(long userId, boolean blocks) {
        state.setBlocked(userId, blocks);
        return queue(TelegramUpdates.myChatMember(userId, state.name(userId), state.botId(), blocks, state.now()),
                userId, blocks ? "blocks the bot" : "unblocks the bot");
    }

    @Override
    public Delivery joins(long userId, long groupId, boolean joins) {
        checkArgument(groupId < 0, "a Telegram group's chat id is negative: %s", groupId);
        return queue(TelegramUpdates.chatMember(groupId, userId, state.name(userId), joins, state.now()), userId,
                (joins ? "joins " : "leaves ") + groupId);
    }

    @Override
    public List<SentMessage> messages(long userId) {
        return state.messages(userId);
    }

    @Override
    public List<AnsweredPress> answers() {
        return state.answers();
    }

    private Delivery queue(ObjectNode update, long userId, String what) {
        return delivery(state.enqueue(update), userId, what);
    }

    private Delivery delivery(long id, long userId, String what) {
        return new Delivery("Telegram update " + id + " (" + state.name(userId) + " " + what + ")",
                () -> state.taken(id));
    }
}
