package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A message as the fake server currently stores it: what the bot sent, after any edits.
 * The markup is the platform JSON exactly as received (Telegram {@code reply_markup}). Immutable.
 */
public record SentMessage(long chatId, long messageId, String text, Optional<JsonNode> markup) {
    public SentMessage {
        checkNotNull(text, "text");
        checkNotNull(markup, "markup");
        markup = markup.map(JsonNode::deepCopy);
    }

    /** A copy with a new text and markup, as after an edit. */
    SentMessage withContent(String newText, Optional<JsonNode> newMarkup) {
        return new SentMessage(chatId, messageId, newText, newMarkup);
    }
}
