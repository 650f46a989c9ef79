package dev.switchboard.core.spi;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Set;

/**
 * The presses seen lately, to recognise a double tap: two presses with different ids by the same
 * user, on the same message, with the same payload, within a short window (2 s by default,
 * {@code Bot.Builder.duplicateWindow}). When the bot replaces a message's keyboard, presses on
 * that message whose payload the new keyboard offers again are forgotten, so "◀ Back" right after
 * "▶" is a new choice. Shared by the replicas of a bot, a double tap whose two presses reach two
 * replicas is still recognised. Implementations are thread-safe.
 */
public interface RecentPresses {
    /**
     * Whether {@code userId} pressed {@code payload} on {@code message} (an opaque key naming the
     * message: chat and message id, or an inline message id) within {@code window}; when not, the
     * press is remembered for {@code window} and false is returned.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    boolean repeated(PlatformId platform, String message, long userId, String payload, Duration window);

    /**
     * Forgets the presses on {@code message} whose payload is in {@code offered}: the bot replaced
     * the message's keyboard with one that offers them again.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    void keyboardReplaced(PlatformId platform, String message, Set<String> offered);

    /** In this process's memory, up to 100,000 presses. */
    static RecentPresses inMemory() {
        return new InMemoryRecentPresses(100_000);
    }

    /** In this process's memory, up to {@code capacity} presses, reading time from {@code ticker} (for tests). */
    static RecentPresses inMemory(int capacity, Ticker ticker) {
        return new InMemoryRecentPresses(capacity, ticker);
    }
}
