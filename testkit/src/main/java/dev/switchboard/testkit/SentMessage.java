package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;

/**
 * A message as the fake server currently stores it: what the bot sent, after any edits.
 * The markup is the platform JSON exactly as received (Telegram {@code reply_markup}). Immutable.
 *
 * @param keyboard the markup read back as a neutral {@link Keyboard}; empty when there is no
 *                 markup or it holds something the reader does not map (styles are not read back)
 */
public record SentMessage(long chatId, long messageId, String text, Optional<JsonNode> markup,
                          Optional<Keyboard> keyboard) {
    public SentMessage {
        checkNotNull(text, "text");
        checkNotNull(markup, "markup");
        checkNotNull(keyboard, "keyboard");
        markup = markup.map(JsonNode::deepCopy);
    }

    /** A Telegram message: the keyboard is read from {@code reply_markup}. */
    static SentMessage telegram(long chatId, long messageId, String text, Optional<JsonNode> markup) {
        return new SentMessage(chatId, messageId, text, markup, markup.flatMap(TelegramMarkupReader::read));
    }

    /** A copy with a new text and markup, as after an edit. */
    SentMessage withContent(String newText, Optional<JsonNode> newMarkup) {
        return telegram(chatId, messageId, newText, newMarkup);
    }
}
