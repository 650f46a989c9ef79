package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the user's listener, then every listener {@linkplain #add added} later (the bot
 * runtime's), each on its own: what one throws is logged and ignored, so a faulty metrics hook
 * never breaks a send or a poll loop nor keeps the others from hearing. Thread-safe.
 */
final class SafeListener implements SwitchboardListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final SwitchboardListener delegate;
    private final List<SwitchboardListener> added = new CopyOnWriteArrayList<>();

    SafeListener(SwitchboardListener delegate) {
        this.delegate = checkNotNull(delegate, "listener");
    }

    /** Calls {@code listener} too, after the one this was built with and those added before. */
    void add(SwitchboardListener listener) {
        added.add(checkNotNull(listener, "listener"));
    }

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
        each("updateSkipped", listener -> listener.updateSkipped(platform, skipped));
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        each("updateFailed", listener -> listener.updateFailed(update, error));
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        each("retrying", listener -> listener.retrying(platform, method, attempt, delay, reason));
    }

    @Override
    public void chatMigrated(ChatMigrated migrated) {
        each("chatMigrated", listener -> listener.chatMigrated(migrated));
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        each("webhookRejected", listener -> listener.webhookRejected(platform, status, reason));
    }

    private void each(String hook, Consumer<SwitchboardListener> call) {
        guard(hook, delegate, call);
        for (SwitchboardListener listener : added) {
            guard(hook, listener, call);
        }
    }

    private static void guard(String hook, SwitchboardListener listener, Consumer<SwitchboardListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("listener {} threw; ignored", hook, e);
        }
    }
}
