package dev.switchboard.core.spi;

import dev.switchboard.core.testing.LeasesContract;

class InMemoryLeasesContractTest extends LeasesContract {
    @Override
    protected Leases leases() {
        return Leases.inMemory();
    }
}
