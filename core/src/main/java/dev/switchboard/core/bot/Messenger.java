package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Keyboard;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends, edits and answers on one platform. Keyboards and answers are validated before any
 * request, and nothing is sent when they fail: an invalid keyboard throws
 * {@link dev.switchboard.core.validate.KeyboardRejectedException}, an invalid answer
 * {@link dev.switchboard.core.validate.AnswerRejectedException} (both are
 * {@link dev.switchboard.core.validate.RejectedByLimitsException}s). Platform errors throw
 * {@link dev.switchboard.core.PlatformApiException} subclasses, I/O failures
 * {@link dev.switchboard.core.TransportException}, each after the configured retries.
 * Implementations are thread-safe.
 */
public interface Messenger {
    /** The platform this messenger talks to. */
    PlatformId platform();

    /** Sends {@code text} to {@code chatId}, with a keyboard when given, and returns the new message. */
    MessageRef send(long chatId, String text, Optional<Keyboard> keyboard);

    /** Sends {@code text} with no keyboard. */
    default MessageRef send(long chatId, String text) {
        return send(chatId, text, Optional.empty());
    }

    /** Sends {@code text} with {@code keyboard}. */
    default MessageRef send(long chatId, String text, Keyboard keyboard) {
        return send(chatId, text, Optional.of(keyboard));
    }

    /**
     * Sends a message of cards to {@code chatId}: VK's messenger sends a carousel
     * ({@code messages.send} with {@code template}), checked against its card rules; Telegram's
     * sends the {@link dev.switchboard.core.cards.CardsFallback} of text and an inline keyboard. The
     * bot runtime's messenger ({@link BotContext#messenger()}) chooses by the recipient's app: a
     * carousel only where the app said it shows one, the fallback otherwise.
     *
     * @throws dev.switchboard.core.validate.CardsRejectedException if the platform would reject the
     *         cards (nothing is sent)
     * @throws UnsupportedOperationException from a messenger that cannot send cards (the default)
     */
    default MessageRef send(long chatId, Cards cards) {
        throw new UnsupportedOperationException(platform().displayName() + " messenger " + this
                + " cannot send cards");
    }

    /**
     * Replaces a message's text and keyboard or carousel with {@code cards}, as
     * {@link #send(long, Cards)} would send them.
     *
     * @throws dev.switchboard.core.validate.CardsRejectedException if the platform would reject the cards
     * @throws UnsupportedOperationException from a messenger that cannot send cards (the default)
     */
    default void edit(MessageRef message, Cards cards) {
        throw new UnsupportedOperationException(platform().displayName() + " messenger " + this
                + " cannot send cards");
    }

    /**
     * Replaces the pressed message with {@code cards}; see {@link #edit(MessageRef, Cards)}.
     *
     * @throws IllegalArgumentException if the press names no message (VK presses on standard keyboards)
     */
    default void edit(ButtonPress press, Cards cards) {
        edit(MessageRef.of(press).orElseThrow(() -> new IllegalArgumentException(
                "press " + press.pressId() + " names no message to edit")), cards);
    }

    /**
     * Edits a message: a new text when given, and the keyboard kept, replaced or removed as
     * {@code change} says. "Not modified" counts as success.
     */
    void edit(MessageRef message, Optional<String> text, KeyboardChange change);

    /** Answers a press (Telegram {@code answerCallbackQuery}, VK {@code sendMessageEventAnswer}). */
    void answer(ButtonPress press, PressAnswer answer);

    /**
     * Answers a press that arrived {@code age} ago. A platform applies at most one answer per
     * press, so an adapter may resend an answer whose outcome it could not learn (a dropped
     * connection, a garbled reply) while the press's answer window lasts, and takes the platform's
     * "already answered" on such a resend as success; {@code age} tells it how much of the window
     * is left. The default ignores {@code age}.
     */
    default void answer(ButtonPress press, PressAnswer answer, Duration age) {
        answer(press, answer);
    }

    /**
     * Answers as {@link #answer(ButtonPress, PressAnswer, Duration)} with an answer already checked
     * against the platform's rules ({@link AnswerRequest#of}): what the bot runtime calls, so an
     * answer is validated once. The adapters send it without checking it again; the default hands
     * the press and answer to {@code answer(press, answer, age)}.
     */
    default void answer(AnswerRequest request, Duration age) {
        answer(request.press(), request.answer(), age);
    }

    /**
     * Edits the message whose button was pressed. With {@link KeyboardChange#keep()} Telegram
     * re-sends the keyboard that the press's message carries, so it is not dropped.
     *
     * @throws IllegalArgumentException if the press names no message (VK presses on standard keyboards)
     */
    default void edit(ButtonPress press, Optional<String> text, KeyboardChange change) {
        edit(MessageRef.of(press).orElseThrow(() -> new IllegalArgumentException(
                "press " + press.pressId() + " names no message to edit")), text, change);
    }
}
