package dev.switchboard.core.spi;

import dev.switchboard.core.testing.SendLimitsContract;

/** {@link SendLimits#inMemory()} keeps the contract every store keeps. */
class InMemorySendLimitsContractTest extends SendLimitsContract {
    private final SendLimits limits = SendLimits.inMemory();

    @Override
    protected SendLimits limits() {
        return limits;
    }
}
