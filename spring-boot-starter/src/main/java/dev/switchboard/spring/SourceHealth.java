package dev.switchboard.spring;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one platform's update source is doing, as the health endpoint shows it: its state, when it
 * last handed an update to the bot, and the last failed request that it is retrying. Fed by
 * {@link TrackedPlatform} and, as a listener, by the platform's retries. Thread-safe.
 */
final class SourceHealth implements SwitchboardListener {
    /** Where the source stands. */
    enum State {
        /** The bot has not started it yet. */
        NOT_STARTED,
        /** Polling, or serving its webhook. */
        RUNNING,
        /** Started, but another replica holds the poller lease; this one takes over when it goes. */
        STANDING_BY,
        /** Ended by an error that it could not retry (a refused token, Telegram's 409); see {@link #failure()}. */
        FAILED,
        /** Stopped with the bot. */
        STOPPED
    }

    /** A failed request the source is retrying. */
    record Retry(Instant at, String method, int attempt, String reason) {
    }

    private final PlatformId platform;
    private final SwitchboardProperties.Mode mode;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(State.NOT_STARTED);
    private final AtomicReference<Instant> lastDelivery = new AtomicReference<>();
    private final AtomicReference<Retry> lastRetry = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    SourceHealth(PlatformId platform, SwitchboardProperties.Mode mode, Clock clock) {
        this.platform = platform;
        this.mode = mode;
        this.clock = clock;
    }

    PlatformId platform() {
        return platform;
    }

    SwitchboardProperties.Mode mode() {
        return mode;
    }

    State state() {
        return state.get();
    }

    /** When an update from this platform was last handed to the bot. */
    Optional<Instant> lastDelivery() {
        return Optional.ofNullable(lastDelivery.get());
    }

    /** The last retried failure, if none was followed by a delivery since. */
    Optional<Retry> lastRetry() {
        return Optional.ofNullable(lastRetry.get());
    }

    /** Why the source failed (the adapters' messages carry no token). */
    Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    void standingBy() {
        state.compareAndSet(State.NOT_STARTED, State.STANDING_BY);
    }

    void running() {
        state.set(State.RUNNING);
    }

    void delivered() {
        lastDelivery.set(clock.instant());
        lastRetry.set(null);
    }

    void ended() {
        state.getAndUpdate(s -> s == State.FAILED ? s : State.STOPPED);
    }

    void failed(RuntimeException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        failure.set(message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        state.set(State.FAILED);
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        if (this.platform.equals(platform)) {
            lastRetry.set(new Retry(clock.instant(), method, attempt, reason));
        }
    }
}
