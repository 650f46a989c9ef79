package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bot's message as a fake server stores it now, after any edits; the same type on both
 * platforms. Immutable.
 *
 * @param platform where it was sent
 * @param chatId Telegram {@code chat_id}; VK {@code peer_id}
 * @param messageId Telegram {@code message_id}; VK {@code conversation_message_id} (what the VK
 *                  adapter's {@code MessageRef} carries for edits)
 * @param text the current text
 * @param markup the keyboard JSON exactly as received (Telegram {@code reply_markup}, VK
 *               {@code keyboard}); empty when the message has none
 * @param keyboard the markup read back as a neutral {@link Keyboard} (a removal reads as
 *                 {@link Keyboard#remove()}); empty when there is no markup or the adapter's reader
 *                 refuses it
 * @param template VK's carousel {@code template} JSON exactly as received
 *                 ({@code {"type":"carousel","elements":[…]}}); always empty on Telegram, which has none
 */
public record SentMessage(PlatformId platform, long chatId, long messageId, String text, Optional<JsonNode> markup,
                          Optional<Keyboard> keyboard, Optional<JsonNode> template) {
    public SentMessage {
        checkNotNull(platform, "platform");
        checkNotNull(text, "text");
        checkNotNull(markup, "markup");
        checkNotNull(keyboard, "keyboard");
        checkNotNull(template, "template");
        markup = markup.map(JsonNode::deepCopy);
        template = template.map(JsonNode::deepCopy);
    }

    /** A message without a carousel. */
    public SentMessage(PlatformId platform, long chatId, long messageId, String text, Optional<JsonNode> markup,
                       Optional<Keyboard> keyboard) {
        this(platform, chatId, messageId, text, markup, keyboard, Optional.empty());
    }

    /** The titles of the carousel's cards, left to right ("" for a card without one); empty without a carousel. */
    public List<String> cardTitles() {
        List<String> titles = new ArrayList<>();
        template.ifPresent(t -> t.path("elements").forEach(e -> titles.add(e.path("title").asText(""))));
        return List.copyOf(titles);
    }

    /** A Telegram message: the keyboard is read from {@code reply_markup}. */
    static SentMessage telegram(long chatId, long messageId, String text, Optional<JsonNode> markup) {
        return new SentMessage(PlatformId.TELEGRAM, chatId, messageId, text, markup,
                markup.flatMap(TelegramKeyboardReader::read));
    }

    /** A copy with a new text and markup, as after a Telegram edit. */
    SentMessage withContent(String newText, Optional<JsonNode> newMarkup) {
        return telegram(chatId, messageId, newText, newMarkup);
    }

    /** The labels of the keyboard's buttons, row by row (empty strings for unlabelled ones). */
    public List<List<String>> buttonLabels() {
        List<List<String>> rows = new ArrayList<>();
        KeyboardButtons.rows(this).forEach(row -> rows.add(row.stream().map(KeyboardButtons.Raw::label).toList()));
        return List.copyOf(rows);
    }
}
