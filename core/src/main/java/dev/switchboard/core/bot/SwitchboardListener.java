package dev.switchboard.core.bot;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.validate.ValidationReport;
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

    /**
     * {@code update} reached the bot from a source (a long poll, a webhook, or
     * {@code Bot.dispatch}/{@code offer}), before it is checked for room or for repeats: every update
     * later reported as a duplicate or rejected was reported here first. Updates the runtime makes
     * itself (a migration a send found) and those adopted from a dead replica are not.
     */
    default void updateReceived(Update update) {
    }

    /**
     * The handler of {@code update} returned ({@code failed} false) or threw ({@code failed} true,
     * reported to {@link #handlerFailed} too) after running for {@code took}, measured on the
     * bot's ticker. A route's predicate or codec that throws before any handler runs is reported to
     * {@code handlerFailed} only.
     */
    default void handlerFinished(Update update, Duration took, boolean failed) {
    }

    /**
     * {@code press} was answered with {@code answer}, by its handler or by the runtime (then
     * {@link #pressAutoAnswered} follows), {@code latency} after the runtime took it, the platform's
     * answer included. Answers the platform failed are not reported here.
     */
    default void pressAnswered(ButtonPress press, PressAnswer answer, Duration latency) {
    }

    /**
     * A platform API call ended with {@code outcome} after {@code took}, its retries and rate-limit
     * waits included: one report per call, not per attempt. {@code method} is the API's method name
     * ({@code sendMessage}, {@code messages.send}); long-poll requests are not reported.
     */
    default void apiCalled(PlatformId platform, String method, ApiCallOutcome outcome, Duration took) {
    }

    /**
     * The platform refused an attempt of {@code method} as too many requests (a Telegram 429, VK
     * error 6 or 9); reported per attempt, whether or not it is then retried.
     */
    default void rateLimited(PlatformId platform, String method) {
    }

    /** An attempt of {@code method} waited {@code waited} for the bot's own rate limits before it went out. */
    default void rateLimitWaited(PlatformId platform, String method, Duration waited) {
    }

    /**
     * A keyboard the bot's messenger was asked to send or edit in was not sent: {@code report} (with
     * at least one ERROR) says why; the caller got a
     * {@link dev.switchboard.core.validate.KeyboardRejectedException}.
     */
    default void keyboardRejected(PlatformId platform, ValidationReport report) {
    }
}
