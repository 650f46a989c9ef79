package dev.switchboard.core.transport;

import dev.switchboard.core.event.Update;

/**
 * Where an {@link UpdateSource} hands over each update, in order. The source commits its
 * position (Telegram offset, VK {@code ts}) only after {@code accept} returns, so an update
 * is never skipped by a crash; if {@code accept} throws, the error is reported to the
 * {@link SwitchboardListener} and the source goes on with the next update.
 */
@FunctionalInterface
public interface UpdateSink {
    void accept(Update update);
}
