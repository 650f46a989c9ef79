package dev.switchboard.core.spi;

import dev.switchboard.core.testing.SeenUpdatesContract;

/** The in-memory seen-updates store keeps the seen-updates contract. */
class InMemorySeenUpdatesContractTest extends SeenUpdatesContract {
    @Override
    protected SeenUpdates newSeenUpdates() {
        return SeenUpdates.inMemory();
    }
}
