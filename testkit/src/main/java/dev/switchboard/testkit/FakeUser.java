package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A simulated user of one fake platform, made with {@code FakeTelegram.user(name)} or
 * {@code FakeVk.user(name)}. It writes to the bot in its private chat, presses buttons on the last
 * keyboard it received, blocks the bot, joins groups, and reads what the bot sent it. The same type
 * and the same calls on both platforms.
 *
 * <pre>{@code
 * FakeUser ira = fakes.telegram().user("Ira");
 * ira.sends("/start").presses("Yes");
 * assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
 * assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Thanks!"));
 * }</pre>
 *
 * <p><b>Synchronous:</b> each action returns once the client took the update from the fake (a
 * later {@code getUpdates} offset or long poll {@code ts}, or a 2xx from its webhook or Callback
 * API URL) and, when a bot is attached to the fake ({@code attach(bot)}, as
 * {@link FakePlatforms#run} does), once the bot is idle: its handlers returned and the press is
 * answered. A timeout (the fake's {@code actionTimeout}, 10 s by default) throws an
 * {@link AssertionError} naming the update. Thread-safe; reads show the fake's state at the call.
 */
public final class FakeUser {
    private final String name;
    private final long id;
    private final UserChannel channel;

    FakeUser(String name, long id, UserChannel channel) {
        this.name = checkNotNull(name, "name");
        this.id = id;
        this.channel = channel;
    }

    /** The user's name (Telegram {@code first_name}). */
    public String name() {
        return name;
    }

    /** The user's id, which is also its private chat's id (Telegram chat_id, VK peer_id). */
    public long id() {
        return id;
    }

    /** The platform of the fake this user belongs to. */
    public PlatformId platform() {
        return channel.platform();
    }

    /**
     * Writes {@code text} to the bot in the private chat: Telegram {@code message} (a leading
     * {@code /command} gets its {@code bot_command} entity), VK {@code message_new} from a client
     * that supports inline keyboards and callback buttons.
     */
    public FakeUser sends(String text) {
        checkNotNull(text, "text");
        return await(channel.sends(id, text));
    }

    /**
     * Presses the button labelled {@code label} on the last keyboard received in the private chat
     * (the latest bot message there with a keyboard or a VK carousel, whose cards' buttons count as
     * rows, as it stands after edits). A callback button
     * sends a press ({@code callback_query} / {@code message_event}); a standard keyboard's text
     * button sends its label as a message (VK with the button's payload).
     *
     * @throws NoSuchElementException if there is no keyboard or no such label (the message lists the labels)
     * @throws IllegalArgumentException if the label is on the keyboard more than once (the message names the positions)
     * @throws IllegalStateException for a link, app, pay or copy button: it opens in the app and the bot gets nothing
     * @throws UnsupportedOperationException for a location or contact button
     */
    public FakeUser presses(String label) {
        checkNotNull(label, "label");
        SentMessage message = keyboardMessage();
        return press(message, KeyboardButtons.byLabel(KeyboardButtons.rows(message), label));
    }

    /** Presses the button at zero-based {@code row} and {@code column} of the last keyboard; as {@link #presses}. */
    public FakeUser pressesAt(int row, int column) {
        SentMessage message = keyboardMessage();
        return press(message, KeyboardButtons.at(KeyboardButtons.rows(message), row, column));
    }

    /** Blocks the bot: Telegram {@code my_chat_member} (kicked), then 403 on sends; VK {@code message_deny}, then 901. */
    public FakeUser blocks() {
        return await(channel.blocks(id, true));
    }

    /** Unblocks the bot: Telegram {@code my_chat_member} (member); VK {@code message_allow}. Sends work again. */
    public FakeUser unblocks() {
        return await(channel.blocks(id, false));
    }

    /**
     * Joins a group, as the platform reports it. That is a Telegram {@code chat_member} (left →
     * member) in group chat {@code groupId}
     * (negative, as Telegram group ids are; the bot must ask for {@code chat_member}, which
     * {@code onMembership(Change.JOINED, …)} does); VK {@code group_join} of the fake's community
     * ({@code groupId} must be {@link FakeVk#GROUP_ID}).
     */
    public FakeUser joins(long groupId) {
        return await(channel.joins(id, groupId, true));
    }

    /** Leaves a group: Telegram {@code chat_member} (member → left); VK {@code group_leave}. As {@link #joins}. */
    public FakeUser leaves(long groupId) {
        return await(channel.joins(id, groupId, false));
    }

    /** The bot's messages in this user's private chat, oldest first, as they stand now (after edits). */
    public List<SentMessage> messages() {
        return channel.messages(id);
    }

    /**
     * The bot's latest message in the private chat.
     *
     * @throws NoSuchElementException if the bot has sent none
     */
    public SentMessage lastMessage() {
        List<SentMessage> messages = messages();
        if (messages.isEmpty()) {
            throw new NoSuchElementException("the bot has sent " + this + " no message");
        }
        return messages.get(messages.size() - 1);
    }

    /** The last keyboard received, as a neutral value; empty when none (or it was removed). */
    public Optional<Keyboard> lastKeyboard() {
        return lastKeyboardMessage().flatMap(SentMessage::keyboard);
    }

    /** The answers the bot gave to this user's presses, oldest first. */
    public List<PressAnswer> answers() {
        return channel.answers().stream().filter(a -> a.userId() == id).map(AnsweredPress::answer).toList();
    }

    /**
     * The answer to this user's latest answered press.
     *
     * @throws NoSuchElementException if no press of this user was answered
     */
    public PressAnswer lastAnswer() {
        List<PressAnswer> answers = answers();
        if (answers.isEmpty()) {
            throw new NoSuchElementException("no press of " + this + " was answered");
        }
        return answers.get(answers.size() - 1);
    }

    @Override
    public String toString() {
        return name + " (" + channel.platform().displayName() + " user " + id + ")";
    }

    private FakeUser press(SentMessage message, KeyboardButtons.Raw button) {
        return switch (button.action()) {
            case CALLBACK -> await(channel.pressesCallback(id, message, button));
            case TEXT -> await(channel.pressesText(id, button));
            case OPENS -> throw new IllegalStateException("\"" + button.label() + "\" at " + button.position()
                    + " opens in the app (a link, app, payment or copy button): the bot gets nothing to handle");
            case SHARES -> throw new UnsupportedOperationException("\"" + button.label() + "\" at "
                    + button.position() + " shares a location or contact, which a FakeUser cannot do yet");
        };
    }

    private FakeUser await(UserChannel.Delivery delivery) {
        channel.sync().await(delivery.update(), delivery.taken());
        return this;
    }

    private SentMessage keyboardMessage() {
        return lastKeyboardMessage().orElseThrow(() -> new NoSuchElementException(this + " has no keyboard: no"
                + " message the bot sent in the private chat carries one"));
    }

    /** The latest message with a keyboard or a carousel; empty if none, or if that keyboard is a removal. */
    private Optional<SentMessage> lastKeyboardMessage() {
        List<SentMessage> messages = messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            SentMessage message = messages.get(i);
            if (message.markup().isPresent() || message.template().isPresent()) {
                return KeyboardButtons.rows(message).isEmpty() ? Optional.empty() : Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** A user named {@code name} with the id {@code id} hands out, acting through {@code channel}. */
    static FakeUser enrol(String name, LongSupplier id, UserChannel channel) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "a user's name must not be blank");
        long userId = id.getAsLong();
        channel.name(userId, name);
        return new FakeUser(name, userId, channel);
    }
}
