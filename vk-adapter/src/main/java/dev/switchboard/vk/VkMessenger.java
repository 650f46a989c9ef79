package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.MessageText;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.spi.KeyboardMemory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * VK's {@link Messenger}: {@code messages.send} with {@code peer_ids}, a
 * {@code random_id} chosen once per send and reused by every retry, {@code messages.edit} by
 * {@code conversation_message_id}, carousels ({@code template}) on both, and
 * {@code messages.sendMessageEventAnswer}. VK's edit needs the
 * text, and drops an inline keyboard that is not re-sent, so the text and inline keyboard of the
 * messages sent or edited here are remembered for 24 h in a {@link KeyboardMemory}: this process's
 * ({@value #REMEMBERED} messages) until {@link #share shared} by the bot's replicas, under
 * {@code <limits key>:<peer id>/<conversation message id>}. Thread-safe.
 */
final class VkMessenger implements Messenger {
    /** Messages whose text and keyboard are remembered for edits. */
    static final int REMEMBERED = 10_000;
    /** How long VK accepts an answer to a press: its {@code event_id} lives 60 s. */
    static final Duration ANSWER_WINDOW = Duration.ofSeconds(60);
    /** What {@code messages.edit} gets for a removed inline keyboard. */
    static final String NO_KEYBOARD = "{\"buttons\":[],\"inline\":true}";

    /** VK's "one of the parameters specified was missing or invalid", what a refused event_id gets. */
    static final int EVENT_GONE = 100;

    private static final Duration REMEMBER_FOR = Duration.ofHours(24);

    private final VkClient client;
    private final String botKey;
    private volatile KeyboardMemory sent = KeyboardMemory.inMemory(REMEMBERED);

    /**
     * @param botKey the community's key ({@code vk-group-<id>}, or a hash of the token), which
     *               prefixes the remembered messages so that two bots sharing a memory stay apart
     */
    VkMessenger(VkClient client, String botKey) {
        this.client = checkNotNull(client, "client");
        this.botKey = checkNotNull(botKey, "botKey");
    }

    /** From now on, remembers sent messages in {@code shared}, where every replica finds them. */
    void share(KeyboardMemory shared) {
        this.sent = checkNotNull(shared, "shared");
    }

    @Override
    public PlatformId platform() {
        return PlatformId.VK;
    }

    @Override
    public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
        MessageText.VK.check(text);
        checkNotNull(keyboard, "keyboard");
        String keyboardJson = keyboard.map(VkKeyboardWriter.INSTANCE::write).orElse(null);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_ids", Long.toString(chatId));
        params.put("random_id", Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));
        params.put("message", text);
        if (keyboardJson != null) {
            params.put("keyboard", keyboardJson);
        }
        long messageId = conversationMessageId(client.call("messages.send", params), chatId);
        boolean inline = keyboard.isPresent() && keyboard.get().type() == KeyboardType.INLINE;
        Optional<String> kept = inline ? Optional.of(keyboardJson) : Optional.empty();
        remember(new Key(chatId, messageId), new VkSentMessage(text, kept));
        return MessageRef.of(PlatformId.VK, chatId, messageId);
    }

    /**
     * Sends {@code cards} as a carousel: {@code messages.send} with the message text and
     * {@code template}, whatever the recipient's app shows (the bot runtime's messenger sends the
     * fallback to apps without carousels). The text is remembered for later edits, with no keyboard.
     *
     * @throws dev.switchboard.core.validate.CardsRejectedException if VK would reject the carousel
     */
    @Override
    public MessageRef send(long chatId, Cards cards) {
        String template = VkCarouselWriter.write(checkNotNull(cards, "cards"));
        MessageText.VK.check(cards.text());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_ids", Long.toString(chatId));
        params.put("random_id", Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));
        params.put("message", cards.text());
        params.put("template", template);
        long messageId = conversationMessageId(client.call("messages.send", params), chatId);
        remember(new Key(chatId, messageId), new VkSentMessage(cards.text(), Optional.empty()));
        return MessageRef.of(PlatformId.VK, chatId, messageId);
    }

    /**
     * Replaces a message's text and keyboard with {@code cards} as a carousel: {@code messages.edit}
     * with the message text and {@code template}.
     *
     * @throws dev.switchboard.core.validate.CardsRejectedException if VK would reject the carousel
     */
    @Override
    public void edit(MessageRef message, Cards cards) {
        checkNotNull(message, "message");
        String template = VkCarouselWriter.write(checkNotNull(cards, "cards"));
        MessageText.VK.check(cards.text());
        checkArgument(message.platform().equals(PlatformId.VK), "message is on %s, not VK", message.platform());
        checkArgument(message.chatId().isPresent() && message.messageId().isPresent(),
                "a VK message is named by chat (peer_id) and conversation_message_id");
        Key key = new Key(message.chatId().getAsLong(), message.messageId().getAsLong());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_id", Long.toString(key.peerId()));
        params.put("conversation_message_id", Long.toString(key.messageId()));
        params.put("message", cards.text());
        params.put("template", template);
        client.call("messages.edit", params);
        remember(key, new VkSentMessage(cards.text(), Optional.empty()));
    }

    @Override
    public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
        checkNotNull(message, "message");
        checkNotNull(text, "text");
        checkNotNull(change, "change");
        checkArgument(message.platform().equals(PlatformId.VK), "message is on %s, not VK", message.platform());
        text.ifPresent(MessageText.VK::check);
        checkArgument(message.chatId().isPresent() && message.messageId().isPresent(),
                "a VK message is named by chat (peer_id) and conversation_message_id");
        Key key = new Key(message.chatId().getAsLong(), message.messageId().getAsLong());
        VkSentMessage known = remembered(key).orElse(null);
        String keyboardJson = switch (change.action()) {
            case REPLACE -> VkKeyboardWriter.INSTANCE.write(change.keyboard().orElseThrow());
            case REMOVE -> NO_KEYBOARD;
            case KEEP -> known == null ? null : known.keyboard().orElse(null);
        };
        String newText = text.orElseGet(() -> {
            if (known == null) {
                throw new IllegalStateException("VK needs the message text to edit a message, and the text of"
                        + " message " + key.messageId() + " in chat " + key.peerId() + " is not known here: pass"
                        + " the text (only messages sent or edited by this messenger are remembered)");
            }
            return known.text();
        });
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_id", Long.toString(key.peerId()));
        params.put("conversation_message_id", Long.toString(key.messageId()));
        params.put("message", newText);
        if (keyboardJson != null) {
            params.put("keyboard", keyboardJson);
        }
        client.call("messages.edit", params);
        String kept = change.action() == KeyboardChange.Action.REMOVE ? null : keyboardJson;
        remember(key, new VkSentMessage(newText, Optional.ofNullable(kept)));
    }

    @Override
    public void answer(ButtonPress press, PressAnswer answer) {
        answer(press, answer, Duration.ZERO);
    }

    /**
     * Answers a press that arrived {@code age} ago. A failed attempt is resent while the
     * {@code event_id}'s minute lasts; after an attempt whose outcome is unknown
     * (dropped connection, 5xx, unreadable 200), error {@value #EVENT_GONE} on a resend is taken to
     * mean the earlier attempt got through. VK does not document what a second answer gets: if it
     * is accepted, the resend simply succeeds; if it is refused, error 100 is assumed, since the resend
     * repeats a request VK took before. An attempt
     * whose reply was lost and that VK had refused with 100 would also pass for success; that needs
     * a request VK rejects, which the answer writer validates against before sending.
     */
    @Override
    public void answer(ButtonPress press, PressAnswer answer, Duration age) {
        checkNotNull(age, "age");
        answer(VkAnswerWriter.INSTANCE.request(press, answer), age);
    }

    /** Answers as {@link #answer(ButtonPress, PressAnswer, Duration)} with an answer already checked. */
    @Override
    public void answer(AnswerRequest request, Duration age) {
        checkNotNull(age, "age");
        Map<String, Object> written = VkAnswerWriter.INSTANCE.write(request);
        Map<String, String> params = new LinkedHashMap<>();
        written.forEach((name, value) -> params.put(name, String.valueOf(value)));
        long retryUntil = System.nanoTime() + ANSWER_WINDOW.minus(age).toNanos();
        client.callAtMostOnce("messages.sendMessageEventAnswer", params, retryUntil, code -> code == EVENT_GONE);
    }

    /**
     * The {@code conversation_message_id} for {@code peer} in a {@code peer_ids} response
     * {@code [{"peer_id","message_id","conversation_message_id"}]} (the one entry, or the one for
     * {@code peer}); an entry's {@code error} ({@code code}, {@code description}) is thrown.
     */
    private long conversationMessageId(VkClient.Result result, long peer) {
        Map<?, ?> entry = entry(result.response(), peer);
        if (entry != null && entry.get("error") instanceof Map<?, ?> error) {
            Object code = error.containsKey("code") ? error.get("code") : error.get("error_code");
            Object text = error.containsKey("description") ? error.get("description") : error.get("error_msg");
            throw new VkApiException("messages.send", code instanceof Number n ? n.intValue() : 0,
                    client.redact(VkReply.text(text)), result.attempts());
        }
        if (entry != null && entry.get("conversation_message_id") instanceof Number id) {
            return id.longValue();
        }
        throw new TransportException(PlatformId.VK, "messages.send", result.attempts(),
                "unexpected response: no conversation_message_id for peer " + peer, null);
    }

    private static Map<?, ?> entry(Object response, long peer) {
        if (!(response instanceof List<?> entries)) {
            return null;
        }
        for (Object item : entries) {
            if (item instanceof Map<?, ?> entry && entry.get("peer_id") instanceof Number id && id.longValue() == peer) {
                return entry;
            }
        }
        return entries.size() == 1 && entries.get(0) instanceof Map<?, ?> only ? only : null;
    }

    @Override
    public String toString() {
        return "VkMessenger[client=" + client + "]";
    }

    private void remember(Key key, VkSentMessage message) {
        sent.rememberSent(PlatformId.VK, memoryKey(key), message.write(), REMEMBER_FOR);
    }

    private Optional<VkSentMessage> remembered(Key key) {
        return sent.sent(PlatformId.VK, memoryKey(key)).flatMap(VkSentMessage::read);
    }

    private String memoryKey(Key key) {
        return botKey + ":" + key.peerId() + "/" + key.messageId();
    }

    /** A message: peer and {@code conversation_message_id}. */
    private record Key(long peerId, long messageId) {
    }

}
