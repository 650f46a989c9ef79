package dev.switchboard.core.spi;

import dev.switchboard.core.testing.RecentPressesContract;

class InMemoryRecentPressesContractTest extends RecentPressesContract {
    @Override
    protected RecentPresses presses() {
        return RecentPresses.inMemory();
    }
}
