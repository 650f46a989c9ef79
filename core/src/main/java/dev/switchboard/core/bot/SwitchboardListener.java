package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;

/**
 * Hooks for metrics and logging. Every method has a no-op default, so methods can be added
 * without breaking implementations. Listeners are called on the SDK's threads: they must be
 * fast and must not throw (an exception from a listener is logged and ignored).
 */
public interface SwitchboardListener {
    /** A listener that does nothing. */
    SwitchboardListener NONE = new SwitchboardListener() { };

    /** An update could not be parsed and was skipped; the source goes on. */
    default void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
    }

    /** The sink threw while an update was handed over; the source goes on. */
    default void updateFailed(Update update, RuntimeException error) {
    }

    /** A request failed and will be retried after {@code delay}. */
    default void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
    }

    /** A send found that its Telegram group became a supergroup; it was retried on the new chat. */
    default void chatMigrated(ChatMigrated migrated) {
    }

    /** A webhook request was refused with {@code status}. */
    default void webhookRejected(PlatformId platform, int status, String reason) {
    }
}
