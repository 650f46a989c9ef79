package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.math.LongMath;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a client retries a request that may succeed later: Telegram 429 (after
 * {@code retry_after}), 5xx and connection failures; VK errors 6, 9 and 10. Mistakes in the
 * request itself (Telegram 400/403, VK 5, 100, 901, 911, 912) are never retried. Backoff is
 * exponential with jitter: {@code initialBackoff * 2^(retry-1)}, capped at {@code maxBackoff},
 * then spread by ±{@code jitter}. A platform's {@code retry_after} is honoured as given, up to
 * {@code maxRetryAfter}; a longer one fails at once so no caller hangs for minutes. Immutable.
 *
 * @param maxAttempts requests at most, the first included (1 = never retry)
 * @param initialBackoff wait before the first retry
 * @param maxBackoff longest wait between retries
 * @param jitter relative spread of each wait, 0 to 1
 * @param maxRetryAfter longest platform-requested wait that is still honoured
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
                          Duration maxRetryAfter) {
    private static final RetryPolicy DEFAULTS = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30),
            0.2, Duration.ofSeconds(60));
    private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
    private static final int MIN_RESEND_ATTEMPTS = 10;
    private static final Duration MAX_RESEND_BACKOFF = Duration.ofSeconds(1);

    public RetryPolicy {
        checkNotNull(initialBackoff, "initialBackoff");
        checkNotNull(maxBackoff, "maxBackoff");
        checkNotNull(maxRetryAfter, "maxRetryAfter");
        checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
        checkArgument(!initialBackoff.isNegative() && !maxBackoff.isNegative() && !maxRetryAfter.isNegative(),
                "durations must not be negative");
        checkArgument(jitter >= 0 && jitter <= 1, "jitter must be within 0..1: %s", jitter);
    }

    /** 4 attempts, 0.5 s doubling up to 30 s, ±20 % jitter, {@code retry_after} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** A copy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, jitter, maxRetryAfter);
    }

    /** A copy with other backoff bounds. */
    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, jitter, maxRetryAfter);
    }

    /** The wait before retry number {@code retry} (1 for the first retry), jitter applied. */
    public Duration backoff(int retry) {
        checkArgument(retry >= 1, "retry must be at least 1: %s", retry);
        long exponential = LongMath.saturatedMultiply(initialBackoff.toMillis(), 1L << Math.min(retry - 1, 62));
        long capped = Math.min(exponential, maxBackoff.toMillis());
        double spread = jitter == 0 ? 1 : 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
        return Duration.ofMillis(Math.round(capped * spread));
    }

    /**
     * Attempts at most for a request that cannot apply twice and is worth sending only while a
     * short window lasts: an answer to a press. At least 10 unless the policy never retries,
     * since a lost answer leaves the user's button spinning; the press's window is the real bound.
     */
    public int resendAttempts() {
        return maxAttempts == 1 ? 1 : Math.max(maxAttempts, MIN_RESEND_ATTEMPTS);
    }

    /**
     * The wait before resend number {@code retry} of such a request: {@link #backoff(int)} capped
     * at 1 s, so that several resends fit in a window of seconds.
     */
    public Duration resendBackoff(int retry) {
        Duration wait = backoff(retry);
        return wait.compareTo(MAX_RESEND_BACKOFF) > 0 ? MAX_RESEND_BACKOFF : wait;
    }
}
