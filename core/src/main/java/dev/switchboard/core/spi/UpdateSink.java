package dev.switchboard.core.spi;

import dev.switchboard.core.event.Update;

/**
 * Where an {@link UpdateSource} or a webhook hands over each update, in order. The source commits
 * its position (Telegram offset, VK {@code ts}) only after {@code accept} returns, so an update is
 * never skipped by a crash.
 *
 * <p>Backpressure: {@code accept} may block while the bot's handlers are saturated, so a long-poll
 * source stops fetching instead of dropping. When the sink does not take the update at all it
 * throws {@link UpdateRefusedException}: a source then keeps its position before that update and
 * offers it again later; a webhook answers so that the platform re-delivers it. Any other exception
 * is the update's own failure: it is reported to the listener and the source goes on with the next.
 */
@FunctionalInterface
public interface UpdateSink {
    /**
     * Takes {@code update}, waiting while the handlers are saturated.
     *
     * @throws UpdateRefusedException if the update was not taken (the bot is stopping)
     */
    void accept(Update update);

    /**
     * Takes {@code update} without waiting: what a webhook calls, since a platform re-delivers a
     * refused webhook but an HTTP thread should not be held. The default waits as {@link #accept}.
     *
     * @throws UpdateRefusedException if the update was not taken (saturated or stopping)
     */
    default void offer(Update update) {
        accept(update);
    }
}
