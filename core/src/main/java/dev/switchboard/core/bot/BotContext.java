package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a handler can do about the update it got, bound to the update's platform and chat: reply,
 * edit the pressed message, answer the press, or use the platform's {@link #messenger()}.
 *
 * <pre>{@code
 * .onPress(VOTE, (press, vote, ctx) -> {
 *     ctx.answer(PressAnswer.toast("Thanks!"));
 *     ctx.edit("You voted " + (vote.yes() ? "yes" : "no"), KeyboardChange.keep());
 * })
 * }</pre>
 *
 * <p>Every callback press is answered exactly once: by the first {@link #answer}, or by the runtime
 * with {@code none()} when the handler returns or throws without answering, or when the
 * platform's deadline passes (Telegram 8 s, VK 50 s by default). An answer after that is not sent
 * (a warning is logged). A press on a text button has nothing to answer, so {@link #answer} does
 * nothing for it. Keyboards sent through the context are adapted to the user's app (VK clients
 * without inline keyboards or callback buttons get standard text buttons carrying the same
 * payloads), and the last standard keyboard sent to each chat is remembered so that a press on one
 * of its text buttons reaches the press handlers on Telegram too. Thread-safe.
 */
public final class BotContext {
    private final Update update;
    private final BotMessenger messenger;
    private final Optional<PendingPress> pending;
    private final PressAnswers answers;

    BotContext(Update update, BotMessenger messenger, Optional<PendingPress> pending, PressAnswers answers) {
        this.update = update;
        this.messenger = messenger.boundTo(chatOf(update), userOf(update));
        this.pending = pending;
        this.answers = answers;
    }

    /**
     * What the user's app can show, when the platform has reported it: VK sends {@code client_info}
     * with every message, and the runtime remembers the latest per user (so a press knows it too).
     * Empty on Telegram and for a VK user not heard from yet.
     */
    public Optional<ClientCapabilities> client() {
        if (update instanceof MessageReceived message && message.client().isPresent()) {
            return message.client();
        }
        OptionalLong user = userId();
        return user.isPresent() ? messenger.client(user.getAsLong()) : Optional.empty();
    }

    /** The platform the update came from. */
    public PlatformId platform() {
        return update.platform();
    }

    /** The update being handled (for a text-button press, the {@link ButtonPress} made from the message). */
    public Update update() {
        return update;
    }

    /** The update's chat (a migration's new chat); empty for a Telegram inline-mode press. */
    public OptionalLong chatId() {
        return chatOf(update);
    }

    /** The user the update is about or from, when there is one. */
    public OptionalLong userId() {
        return userOf(update);
    }

    /** The platform's messenger, with the runtime's bookkeeping (see the class comment). */
    public Messenger messenger() {
        return messenger;
    }

    /**
     * Sends {@code text} to the update's chat.
     *
     * @throws IllegalStateException if the update has no chat
     */
    public MessageRef reply(String text) {
        return messenger.send(chat(), text, Optional.empty());
    }

    /**
     * Sends {@code text} with {@code keyboard} to the update's chat.
     *
     * @throws IllegalStateException if the update has no chat
     */
    public MessageRef reply(String text, Keyboard keyboard) {
        return messenger.send(chat(), text, Optional.of(checkNotNull(keyboard, "keyboard")));
    }

    /**
     * Sends a message of cards to the update's chat: a VK carousel where the user's app said it
     * shows one, else text with an inline keyboard of the cards' buttons
     * ({@link dev.switchboard.core.cards.CardsFallback}); see {@link Messenger#send(long, Cards)}.
     *
     * @throws IllegalStateException if the update has no chat
     * @throws dev.switchboard.core.validate.CardsRejectedException if the platform would reject the cards
     */
    public MessageRef reply(Cards cards) {
        checkNotNull(cards, "cards");
        return messenger.send(chat(), cards);
    }

    /**
     * Replaces the pressed message with a message of cards, chosen as {@link #reply(Cards)} chooses.
     *
     * @throws IllegalStateException if the update is not a press
     * @throws IllegalArgumentException if the press names no message
     * @throws dev.switchboard.core.validate.CardsRejectedException if the platform would reject the cards
     */
    public void edit(Cards cards) {
        checkNotNull(cards, "cards");
        messenger.edit(press(), cards);
    }

    /**
     * Edits the pressed message: the new text, and the keyboard kept, replaced or removed (with
     * {@link KeyboardChange#keep()} Telegram re-sends the keyboard the press's message carries).
     *
     * @throws IllegalStateException if the update is not a press
     * @throws IllegalArgumentException if the press names no message (a text-button press, a VK
     *         press on a standard keyboard)
     */
    public void edit(String text, KeyboardChange change) {
        messenger.edit(press(), Optional.of(checkNotNull(text, "text")), change);
    }

    /** Changes only the pressed message's keyboard; see {@link #edit(String, KeyboardChange)}. */
    public void edit(KeyboardChange change) {
        messenger.edit(press(), Optional.empty(), change);
    }

    /**
     * Answers the press, if nobody has yet; otherwise logs a warning and sends nothing. Does
     * nothing for a text-button press.
     *
     * @throws IllegalStateException if the update is not a press
     * @throws dev.switchboard.core.validate.AnswerRejectedException if the platform would reject
     *         the answer (checked before sending; the press stays open and is answered
     *         {@code none()} when the handler ends, unless it answers again)
     */
    public void answer(PressAnswer answer) {
        checkNotNull(answer, "answer");
        ButtonPress press = press();
        if (pending.isPresent()) {
            answers.answer(pending.get(), answer);
        } else {
            messenger.answer(press, answer);
        }
    }

    @Override
    public String toString() {
        return "BotContext[" + update.kind() + " on " + update.platform() + "]";
    }

    private ButtonPress press() {
        if (update instanceof ButtonPress press) {
            return press;
        }
        throw new IllegalStateException("only a press can be edited or answered, this is a " + update.kind());
    }

    private long chat() {
        OptionalLong chat = chatId();
        if (chat.isEmpty()) {
            throw new IllegalStateException("this " + update.kind() + " has no chat to reply to");
        }
        return chat.getAsLong();
    }

    private static OptionalLong chatOf(Update update) {
        return switch (update.kind()) {
            case BUTTON_PRESS -> ((ButtonPress) update).chatId();
            case MESSAGE -> OptionalLong.of(((MessageReceived) update).chatId());
            case MEMBERSHIP -> OptionalLong.of(((MembershipChange) update).chatId());
            case CHAT_MIGRATED -> OptionalLong.of(((ChatMigrated) update).toChatId());
            case IGNORED -> OptionalLong.empty();
        };
    }

    private static OptionalLong userOf(Update update) {
        return switch (update.kind()) {
            case BUTTON_PRESS -> OptionalLong.of(((ButtonPress) update).userId());
            case MESSAGE -> ((MessageReceived) update).userId();
            case MEMBERSHIP -> OptionalLong.of(((MembershipChange) update).userId());
            case CHAT_MIGRATED, IGNORED -> OptionalLong.empty();
        };
    }
}
