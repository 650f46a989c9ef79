package dev.switchboard.core.spi;

import dev.switchboard.core.testing.CheckpointStoreContract;

/** The in-memory checkpoint store keeps the checkpoint store contract. */
class InMemoryCheckpointStoreContractTest extends CheckpointStoreContract {
    @Override
    protected CheckpointStore newStore() {
        return CheckpointStore.inMemory();
    }
}
