package dev.switchboard.testkit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Draws the random faults of a {@link RandomFaults} plan and counts what it played, by kind. Thread-safe. */
final class FaultDice {
    private RandomFaults plan = RandomFaults.NONE;
    private Random random = new Random(0);
    private final Map<Fault.Kind, Long> played = new EnumMap<>(Fault.Kind.class);
    private long requests;

    synchronized void use(RandomFaults faults) {
        plan = faults;
        random = new Random(faults.seed());
    }

    /** The fault for the next request that has no queued one, if the dice say so. */
    synchronized Optional<Fault> roll() {
        requests++;
        if (plan.rate() == 0 || random.nextDouble() >= plan.rate()) {
            return Optional.empty();
        }
        Fault fault = plan.faults().get(random.nextInt(plan.faults().size()));
        played.merge(fault.kind(), 1L, Long::sum);
        return Optional.of(fault);
    }

    /** How many requests drew, and how many random faults were played, by kind. */
    synchronized RandomFaultStats stats() {
        return new RandomFaultStats(requests, played);
    }
}
