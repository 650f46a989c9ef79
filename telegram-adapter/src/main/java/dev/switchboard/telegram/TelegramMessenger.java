package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.MessageText;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.cards.CardsFallback;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.validate.CardsRejectedException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends, edits and answers through the Bot API. Keyboards and answers go through the
 * adapter's writers, which validate them before any request. Because Telegram drops an inline
 * keyboard that an edit does not re-send, it remembers the inline keyboard it sent or set on
 * each message (48 hours, in a {@link KeyboardMemory}: this process's, {@value #MAX_REMEMBERED}
 * messages, until {@link #share shared} by the bot's replicas, under {@code <bot key>:<message>})
 * so that {@link KeyboardChange#keep()} can re-send it. Thread-safe.
 */
final class TelegramMessenger implements Messenger {
    static final int MAX_REMEMBERED = 10_000;
    private static final Duration REMEMBER_FOR = Duration.ofHours(48);
    private static final String NO_KEYBOARD = "{\"inline_keyboard\":[]}";
    private static final String NOT_MODIFIED = "message is not modified";
    private static final int BAD_REQUEST = 400;
    /** How long Telegram takes an answer to a press: undocumented, observed a few to 15 s; assumed 10 s. */
    static final long ANSWER_WINDOW_SECONDS = 10;
    private static final Duration ANSWER_WINDOW = Duration.ofSeconds(ANSWER_WINDOW_SECONDS);
    private static final String QUERY_TOO_OLD = "query is too old";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramMessenger.class);

    /** What a removed keyboard is remembered as, since a memory keeps entries until they age out. */
    private static final String FORGOTTEN = "";

    private final TelegramClient client;
    private final AnswerWriter answers;
    private final String botKey;
    private volatile KeyboardMemory keyboards = KeyboardMemory.inMemory(MAX_REMEMBERED);

    /**
     * @param botKey {@code telegram-<bot id>}, which prefixes the remembered messages so that two bots
     *               sharing a memory do not mix up their chats' message ids
     */
    TelegramMessenger(TelegramClient client, AnswerWriter answers, String botKey) {
        this.client = checkNotNull(client, "client");
        this.answers = checkNotNull(answers, "answers");
        this.botKey = checkNotNull(botKey, "botKey");
    }

    /** From now on, remembers sent keyboards in {@code shared}, where every replica finds them. */
    void share(KeyboardMemory shared) {
        this.keyboards = checkNotNull(shared, "shared");
    }

    @Override
    public PlatformId platform() {
        return PlatformId.TELEGRAM;
    }

    @Override
    public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
        MessageText.TELEGRAM.check(text);
        checkNotNull(keyboard, "keyboard");
        Optional<String> markup = keyboard.map(TelegramKeyboardWriter.INSTANCE::write);
        boolean inline = keyboard.isPresent() && keyboard.get().type() == KeyboardType.INLINE;
        try {
            return sendTo(chatId, text, markup, inline);
        } catch (TelegramApiException e) {
            if (e.errorCode() != BAD_REQUEST || e.migrateToChatId().isEmpty()) {
                throw e;
            }
            long newChat = e.migrateToChatId().getAsLong();
            LOG.info("Telegram chat {} became {}; sending there", chatId, newChat);
            client.listener().chatMigrated(new ChatMigrated(PlatformId.TELEGRAM, Optional.empty(), chatId, newChat,
                    RawJson.of(e.responseBody())));
            return sendTo(newChat, text, markup, inline);
        }
    }

    /** Sends the {@link CardsFallback} of {@code cards}, text and an inline keyboard: Telegram has no carousel. */
    @Override
    public MessageRef send(long chatId, Cards cards) {
        CardsFallback fallback = fallback(cards);
        return send(chatId, fallback.text(), fallback.keyboard());
    }

    /** Replaces the message's text and keyboard with the {@link CardsFallback} of {@code cards}. */
    @Override
    public void edit(MessageRef message, Cards cards) {
        CardsFallback fallback = fallback(cards);
        edit(message, Optional.of(fallback.text()),
                fallback.keyboard().map(KeyboardChange::replace).orElseGet(KeyboardChange::remove));
    }

    private static CardsFallback fallback(Cards cards) {
        try {
            return CardsFallback.of(checkNotNull(cards, "cards"), TelegramPlatform.rules());
        } catch (KeyboardFitException e) {
            throw new CardsRejectedException(e.report());
        }
    }

    @Override
    public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
        edit(message, text, change, Optional.empty());
    }

    /**
     * As {@link #edit(MessageRef, Optional, KeyboardChange)}, with the pressed message's own markup.
     * {@link KeyboardChange#keep()} re-sends the {@code reply_markup} it carries, byte for byte, and only
     * falls back to the remembered keyboard when the press has none (an inline-mode message, a
     * message Telegram no longer shows).
     */
    @Override
    public void edit(ButtonPress press, Optional<String> text, KeyboardChange change) {
        checkNotNull(press, "press");
        checkNotNull(change, "change");
        MessageRef message = MessageRef.of(press).orElseThrow(() -> new IllegalArgumentException(
                "press " + press.pressId() + " names no message to edit"));
        Optional<String> carried = change.action() == KeyboardChange.Action.KEEP
                ? TelegramPressedMarkup.of(press.raw()) : Optional.empty();
        edit(message, text, change, carried);
    }

    /** Answers a press taken to have just arrived; see {@link #answer(ButtonPress, PressAnswer, Duration)}. */
    @Override
    public void answer(ButtonPress press, PressAnswer answer) {
        answer(press, answer, Duration.ZERO);
    }

    /**
     * Answers a press that arrived {@code age} ago. An attempt whose outcome is unknown (dropped
     * connection, 5xx page, garbled 200) is resent while the press's {@value #ANSWER_WINDOW_SECONDS}-second
     * window lasts; "query is too old" on such a resend means the earlier attempt got through and counts
     * as success. On the first attempt it is a real failure.
     */
    @Override
    public void answer(ButtonPress press, PressAnswer answer, Duration age) {
        checkNotNull(age, "age");
        answer(answers.request(press, answer), age);
    }

    /** Answers as {@link #answer(ButtonPress, PressAnswer, Duration)} with an answer already checked. */
    @Override
    public void answer(AnswerRequest request, Duration age) {
        checkNotNull(age, "age");
        Map<String, Object> parameters = answers.write(request);
        long retryUntil = System.nanoTime() + ANSWER_WINDOW.minus(age).toNanos();
        if (!client.callAtMostOnce("answerCallbackQuery", TelegramRequests.answerCallbackQuery(parameters),
                retryUntil, TelegramMessenger::alreadyAnswered)) {
            LOG.debug("Telegram press {} was answered by an earlier attempt whose reply was lost", request.pressId());
        }
    }

    /** Telegram's refusal of a second (or late) answer: 400 "query is too old … or query ID is invalid". */
    static boolean alreadyAnswered(TelegramApiException error) {
        return error.errorCode() == BAD_REQUEST && error.description().toLowerCase(Locale.ROOT).contains(QUERY_TOO_OLD);
    }

    @Override
    public String toString() {
        return "TelegramMessenger[client=" + client + "]";
    }

    private MessageRef sendTo(long chatId, String text, Optional<String> markup, boolean inline) {
        JsonNode result = client.call("sendMessage", TelegramRequests.sendMessage(chatId, text, markup),
                OptionalLong.of(chatId));
        JsonNode messageId = result.path("message_id");
        if (!messageId.isIntegralNumber() || !messageId.canConvertToLong()) {
            throw new TransportException(PlatformId.TELEGRAM, "sendMessage", 1,
                    "unreadable response: the result has no message_id", null);
        }
        MessageRef sent = MessageRef.of(PlatformId.TELEGRAM, chatId, messageId.longValue());
        if (inline) {
            remember(sent, markup.orElseThrow());
        }
        return sent;
    }

    private void edit(MessageRef message, Optional<String> text, KeyboardChange change, Optional<String> carried) {
        checkNotNull(message, "message");
        checkNotNull(text, "text");
        checkNotNull(change, "change");
        checkArgument(message.platform() == PlatformId.TELEGRAM, "message is on %s, not Telegram", message.platform());
        text.ifPresent(MessageText.TELEGRAM::check);
        switch (change.action()) {
            case REPLACE -> {
                String markup = TelegramKeyboardWriter.INSTANCE.write(change.keyboard().orElseThrow());
                editOnWire(message, text, Optional.of(markup));
                remember(message, markup);
            }
            case REMOVE -> {
                editOnWire(message, text, Optional.empty());
                remember(message, FORGOTTEN);
            }
            case KEEP -> {
                if (text.isEmpty()) {
                    return; // Neither text nor keyboard changes: nothing to ask Telegram.
                }
                String markup = carried.or(() -> remembered(message))
                        .orElseThrow(() -> new IllegalStateException("no keyboard is known for " + describe(message)
                                + ", and Telegram drops an inline keyboard an edit does not re-send; use"
                                + " edit(press, …) with a press on that message, KeyboardChange.replace(keyboard),"
                                + " or KeyboardChange.remove() if it has none"));
                editOnWire(message, text, Optional.of(markup));
                remember(message, markup);
            }
        }
    }

    /**
     * {@code editMessageText} when there is a new text (no markup = keyboard removed), else
     * {@code editMessageReplyMarkup} (an empty inline keyboard removes it). "Message is not
     * modified" counts as success.
     */
    private void editOnWire(MessageRef message, Optional<String> text, Optional<String> markup) {
        String method = text.isPresent() ? "editMessageText" : "editMessageReplyMarkup";
        byte[] body = text.isPresent() ? TelegramRequests.editMessageText(message, text.get(), markup)
                : TelegramRequests.editMessageReplyMarkup(message, markup.orElse(NO_KEYBOARD));
        try {
            client.call(method, body, message.chatId());
        } catch (TelegramApiException e) {
            if (e.errorCode() != BAD_REQUEST || !e.description().toLowerCase(Locale.ROOT).contains(NOT_MODIFIED)) {
                throw e;
            }
            LOG.debug("Telegram {} on {}: not modified, taken as success", method, describe(message));
        }
    }

    private void remember(MessageRef message, String markup) {
        keyboards.rememberSent(PlatformId.TELEGRAM, memoryKey(message), markup, REMEMBER_FOR);
    }

    private Optional<String> remembered(MessageRef message) {
        return keyboards.sent(PlatformId.TELEGRAM, memoryKey(message)).filter(markup -> !markup.isEmpty());
    }

    /** {@code <bot key>:<chat id>/<message id>}, or {@code <bot key>:inline/<inline message id>}. */
    private String memoryKey(MessageRef message) {
        return botKey + ":" + message.inlineMessageId().map(id -> "inline/" + id).orElseGet(() ->
                message.chatId().getAsLong() + "/" + message.messageId().getAsLong());
    }

    private static String describe(MessageRef message) {
        return message.inlineMessageId().map(id -> "inline message " + id).orElseGet(() ->
                "message " + message.messageId().getAsLong() + " in chat " + message.chatId().getAsLong());
    }
}
