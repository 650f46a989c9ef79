package dev.switchboard.core.testing;

import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.spi.SharedState;

/**
 * Every part of a {@link SharedState} in this JVM's memory, so that tests can hand one state to
 * several platforms standing for replicas.
 */
public record InMemorySharedState(PayloadStore payloads, SeenUpdates seenUpdates, CheckpointStore checkpoints,
                                  PressClaims pressClaims, RecentPresses recentPresses, KeyboardMemory keyboards,
                                  Leases leases, SendLimits sendLimits) implements SharedState {
    /** A fresh state, each part {@code inMemory()}. */
    public static InMemorySharedState create() {
        return new InMemorySharedState(PayloadStore.inMemory(), SeenUpdates.inMemory(), CheckpointStore.inMemory(),
                PressClaims.inMemory(), RecentPresses.inMemory(), KeyboardMemory.inMemory(1_000), Leases.inMemory(),
                SendLimits.inMemory());
    }
}
