package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the user's {@link SwitchboardListener}, then every listener {@linkplain #add added} later
 * (the bot runtime's), each on its own, so that a listener that throws is logged and ignored,
 * never breaking a request or a poll loop nor keeping the others from hearing. Thread-safe when
 * the listeners are.
 */
final class VkListener {
    private static final Logger LOG = LoggerFactory.getLogger(VkListener.class);

    private final SwitchboardListener listener;
    private final List<SwitchboardListener> added = new CopyOnWriteArrayList<>();

    VkListener(SwitchboardListener listener) {
        this.listener = checkNotNull(listener, "listener");
    }

    /** Calls {@code more} too, after the one this was built with and those added before. */
    void add(SwitchboardListener more) {
        added.add(checkNotNull(more, "listener"));
    }

    void updateSkipped(SkippedUpdate skipped) {
        each("updateSkipped", target -> target.updateSkipped(PlatformId.VK, skipped));
    }

    void updateFailed(Update update, RuntimeException error) {
        each("updateFailed", target -> target.updateFailed(update, error));
    }

    void retrying(String method, int attempt, Duration delay, String reason) {
        each("retrying", target -> target.retrying(PlatformId.VK, method, attempt, delay, reason));
    }

    void webhookRejected(int status, String reason) {
        each("webhookRejected", target -> target.webhookRejected(PlatformId.VK, status, reason));
    }

    private void each(String hook, Consumer<SwitchboardListener> call) {
        guard(hook, listener, call);
        for (SwitchboardListener more : added) {
            guard(hook, more, call);
        }
    }

    private static void guard(String hook, SwitchboardListener target, Consumer<SwitchboardListener> call) {
        try {
            call.accept(target);
        } catch (RuntimeException e) {
            LOG.warn("SwitchboardListener.{} threw; ignored", hook, e);
        }
    }
}
