package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * Faults a fake plays on a random share of its requests, for soak tests: each request (API call or
 * long poll) that has no queued fault gets one of {@link #faults()}, chosen evenly, with probability
 * {@link #rate()}. Seeded, so a run can be repeated. Immutable.
 *
 * <pre>{@code
 * fake.injectRandomFaults(RandomFaults.of(7, 0.12, Fault.dropConnection(), Fault.serverError(502),
 *     Fault.garbledReply(), Fault.tooManyRequests(Duration.ofSeconds(1))));
 * }</pre>
 */
public record RandomFaults(long seed, double rate, List<Fault> faults) {
    /** No random faults. */
    public static final RandomFaults NONE = new RandomFaults(0, 0, List.of());

    public RandomFaults {
        checkArgument(rate >= 0 && rate <= 1, "rate must be within 0..1: %s", rate);
        faults = List.copyOf(checkNotNull(faults, "faults"));
        checkArgument(rate == 0 || !faults.isEmpty(), "a positive rate needs at least one fault");
    }

    /** {@code faults} on a {@code rate} share of requests, drawn from a generator seeded with {@code seed}. */
    public static RandomFaults of(long seed, double rate, Fault... faults) {
        return new RandomFaults(seed, rate, List.of(faults));
    }
}
