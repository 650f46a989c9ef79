package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import java.time.Duration;

/**
 * Recognises the same press again within a window (a double tap, a redelivered update): same
 * platform, user, message (chat and message id, or inline message id) and payload. Bounded; a zero
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

    private static Key key(ButtonPress press) {
        String message = press.inlineMessageId().map(id -> "inline:" + id)
                .orElseGet(() -> press.chatId() + "/" + press.messageId());
        return new Key(press.platform(), press.userId(), message, press.payload().orElse(""));
    }

    private record Key(PlatformId platform, long userId, String message, String payload) {
    }
}
