package dev.switchboard.core.spi;

import dev.switchboard.core.testing.PressClaimsContract;

class InMemoryPressClaimsContractTest extends PressClaimsContract {
    @Override
    protected PressClaims claims() {
        return PressClaims.inMemory();
    }
}
