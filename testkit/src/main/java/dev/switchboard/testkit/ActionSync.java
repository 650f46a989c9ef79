package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.bot.Bot;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Makes a simulated user's action synchronous, the same way for both fakes: waits until the
 * fake's update was taken by the client and then, with a {@link Bot} attached, until the bot is
 * idle. The fake's state calls {@link #progress()} whenever an update is taken. Thread-safe.
 */
final class ActionSync {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String fake;
    private volatile Duration timeout = DEFAULT_TIMEOUT;
    private volatile Optional<Bot> bot = Optional.empty();
    private volatile Runnable afterAction = () -> { };
    private long version;

    /** @param fake how messages name the fake, such as "FakeTelegram at http://127.0.0.1:4711" */
    ActionSync(String fake) {
        this.fake = fake;
    }

    void timeout(Duration value) {
        checkNotNull(value, "timeout");
        checkArgument(!value.isNegative() && !value.isZero(), "actionTimeout must be positive: %s", value);
        this.timeout = value;
    }

    Duration timeout() {
        return timeout;
    }

    void attach(Bot value) {
        attach(value, () -> { });
    }

    /** Attaches {@code value}; {@code check} runs after every action the bot finished, and may throw. */
    void attach(Bot value, Runnable check) {
        this.afterAction = checkNotNull(check, "check");
        this.bot = Optional.of(checkNotNull(value, "bot"));
    }

    void detach() {
        this.bot = Optional.empty();
        this.afterAction = () -> { };
    }

    /** Wakes waiting actions: an update was taken. Callers may hold their own locks. */
    synchronized void progress() {
        version++;
        notifyAll();
    }

    /**
     * Waits until {@code taken} is true, then for the attached bot to be idle.
     *
     * @param update names the update in the failure message, such as {@code update 7 (Ira sends "/start")}
     * @throws AssertionError on timeout, saying what was not taken or not finished and the likely cause
     */
    void await(String update, BooleanSupplier taken) {
        Duration limit = timeout;
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                long seen;
                synchronized (this) {
                    seen = version;
                }
                if (taken.getAsBoolean()) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(update + " was not taken from the " + fake + " within " + limit.toMillis()
                            + " ms: is a bot started and polling this fake (FakePlatforms.run, or a platform built"
                            + " with the fake's apiUrl())?");
                }
                synchronized (this) {
                    if (version == seen) {
                        wait(Math.max(1, Math.min(left / 1_000_000, 100)));
                    }
                }
            }
            Optional<Bot> attached = bot;
            if (attached.isPresent()) {
                long left = Math.max(1, deadline - System.nanoTime());
                if (!attached.get().awaitIdle(Duration.ofNanos(left))) {
                    throw new AssertionError(attached.get() + " took " + update + " but was not idle within "
                            + limit.toMillis() + " ms: a handler is still running or a press is still unanswered");
                }
                afterAction.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + update, e);
        }
    }
}
