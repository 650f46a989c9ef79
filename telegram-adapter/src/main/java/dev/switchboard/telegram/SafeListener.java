package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the user's listener and logs and ignores what it throws, so a faulty metrics hook
 * never breaks a send or a poll loop.
 */
final class SafeListener implements SwitchboardListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final SwitchboardListener delegate;

    SafeListener(SwitchboardListener delegate) {
        this.delegate = checkNotNull(delegate, "listener");
    }

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
        guard("updateSkipped", () -> delegate.updateSkipped(platform, skipped));
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        guard("updateFailed", () -> delegate.updateFailed(update, error));
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        guard("retrying", () -> delegate.retrying(platform, method, attempt, delay, reason));
    }

    @Override
    public void chatMigrated(ChatMigrated migrated) {
        guard("chatMigrated", () -> delegate.chatMigrated(migrated));
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        guard("webhookRejected", () -> delegate.webhookRejected(platform, status, reason));
    }

    private static void guard(String hook, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("listener {} threw; ignored", hook, e);
        }
    }
}
