package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;

/**
 * What a fake's {@link RandomFaults} did: how many requests drew from the plan, and how many faults
 * it played, by kind. Immutable.
 *
 * @param requests requests that had no queued fault and so drew from the plan
 * @param played faults played, by kind
 */
public record RandomFaultStats(long requests, Map<Fault.Kind, Long> played) {
    public RandomFaultStats {
        checkArgument(requests >= 0, "requests must not be negative: %s", requests);
        played = Map.copyOf(checkNotNull(played, "played"));
    }

    /** All faults played. */
    public long faults() {
        return played.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of requests that got a fault, 0 when there were none. */
    public double share() {
        return requests == 0 ? 0 : (double) faults() / requests;
    }
}
