package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
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

    /**
     * The bot runtime answered {@code press} itself, for {@code reason}: with {@code none()}, or
     * with the expired-press answer for {@link AutoAnswerReason#PAYLOAD_EXPIRED}.
     */
    default void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
    }

    /**
     * The payload of {@code press} (as received) failed verification ({@code Bot.Builder.signPayloads}):
     * no handler ran, and a callback press was answered {@code none()}. {@code reason} says why, for
     * logs ({@code bad or missing signature}, {@code no payload to verify}, or a failure of a custom
     * payload store).
     */
    default void payloadRejected(ButtonPress press, String reason) {
    }

    /** A handler answered {@code press} after it had been answered; the answer was not sent. */
    default void lateAnswer(ButtonPress press, PressAnswer ignored) {
    }

    /** A handler threw; the bot carries on (a press is answered {@code none()}). */
    default void handlerFailed(Update update, Exception error) {
    }

    /**
     * The handler executor was full, so {@code update} was not taken: a webhook answered so that
     * the platform re-delivers it ({@link dev.switchboard.core.spi.UpdateRefusedException}).
     * Long-poll sources wait instead and never cause this.
     */
    default void handlerRejected(Update update) {
    }

    /**
     * Every handler thread is busy and the handler queue is full: from now on sources wait and
     * webhooks are refused until {@link #handlersAvailable}. Called once per episode.
     *
     * @param capacity handler threads plus queued updates
     */
    default void handlersSaturated(int capacity) {
    }

    /**
     * The handlers took work again after {@link #handlersSaturated}: the episode lasted
     * {@code saturatedFor}, during which {@code refused} webhook updates were refused.
     */
    default void handlersAvailable(Duration saturatedFor, long refused) {
    }

    /**
     * {@code update} was delivered again (same Telegram {@code update_id} or VK {@code event_id}) after
     * it had been taken, within the de-duplication window; it was not dispatched again.
     */
    default void updateDuplicate(Update update) {
    }

    /**
     * Updates of {@code platform} may have been lost outside Switchboard's control: on resume VK
     * said its event history no longer reaches the checkpoint ({@code failed: 1}), so polling went on
     * from the newest event. {@code reason} says what was skipped, for logs.
     */
    default void updatesLost(PlatformId platform, String reason) {
    }

    /**
     * A keyboard for {@code userId} was sent as standard text buttons because the user's client
     * lacks inline keyboards or callback buttons; reported once per user.
     */
    default void keyboardDegraded(PlatformId platform, long userId) {
    }

    /** A platform's update source stopped by throwing; the bot's other sources go on. */
    default void sourceFailed(PlatformId platform, RuntimeException error) {
    }
}
