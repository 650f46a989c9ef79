package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the user's {@link SwitchboardListener} so that a listener that throws is logged and
 * ignored, never breaking a request or a poll loop. Thread-safe when the listener is.
 */
final class VkListener {
    private static final Logger LOG = LoggerFactory.getLogger(VkListener.class);

    private final SwitchboardListener listener;

    VkListener(SwitchboardListener listener) {
        this.listener = checkNotNull(listener, "listener");
    }

    void updateSkipped(SkippedUpdate skipped) {
        guard("updateSkipped", () -> listener.updateSkipped(PlatformId.VK, skipped));
    }

    void updateFailed(Update update, RuntimeException error) {
        guard("updateFailed", () -> listener.updateFailed(update, error));
    }

    void retrying(String method, int attempt, Duration delay, String reason) {
        guard("retrying", () -> listener.retrying(PlatformId.VK, method, attempt, delay, reason));
    }

    void webhookRejected(int status, String reason) {
        guard("webhookRejected", () -> listener.webhookRejected(PlatformId.VK, status, reason));
    }

    private static void guard(String hook, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("SwitchboardListener.{} threw; ignored", hook, e);
        }
    }
}
