package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the same press again within a window (a double tap, a redelivered update): same
 * platform, user, message (chat and message id, or inline message id) and payload. When the bot
 * replaces a message's keyboard, a payload the new keyboard offers again is a new choice, not a
 * repeat ("◀ Back to page 2" right after "▶" to page 2); a payload the new keyboard no longer
 * offers stays a repeat (the second tap of a double tap on the old keyboard). Bounded; a zero
 * window recognises nothing.
 */
final class DuplicatePresses {
    private static final int MAX_REMEMBERED = 100_000;

    private final Cache<Key, Boolean> seen;

    DuplicatePresses(Duration window, Ticker ticker) {
        this.seen = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(window).build();
    }

    /** True when the same press was seen within the window; otherwise remembers this one. */
    boolean isDuplicate(ButtonPress press) {
        return seen.asMap().putIfAbsent(key(press), Boolean.TRUE) != null;
    }

    /**
     * The bot replaced the keyboard of {@code message} with {@code sent} (as it went out): presses
     * seen on that message whose payload {@code sent} offers again are forgotten.
     */
    void keyboardReplaced(MessageRef message, Keyboard sent) {
        String where = messageKey(message.chatId(), message.messageId(), message.inlineMessageId());
        Set<String> offered = sent.rows().stream().flatMap(List::stream)
                .filter(CallbackButton.class::isInstance).map(b -> ((CallbackButton) b).payload())
                .collect(Collectors.toSet());
        seen.asMap().keySet().removeIf(key -> key.platform().equals(message.platform())
                && key.message().equals(where) && offered.contains(key.payload()));
    }

    private static Key key(ButtonPress press) {
        return new Key(press.platform(), press.userId(),
                messageKey(press.chatId(), press.messageId(), press.inlineMessageId()), press.payload().orElse(""));
    }

    private static String messageKey(OptionalLong chatId, OptionalLong messageId, Optional<String> inlineMessageId) {
        return inlineMessageId.map(id -> "inline:" + id)
                .orElseGet(() -> chatId.orElse(0) + "/" + messageId.orElse(0));
    }

    private record Key(PlatformId platform, long userId, String message, String payload) {
    }
}
