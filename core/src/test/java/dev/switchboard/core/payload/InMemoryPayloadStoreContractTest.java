package dev.switchboard.core.payload;

import dev.switchboard.core.testing.PayloadStoreContract;

/** The in-memory payload store keeps the payload store contract. */
class InMemoryPayloadStoreContractTest extends PayloadStoreContract {
    @Override
    protected PayloadStore newStore() {
        return PayloadStore.inMemory();
    }
}
