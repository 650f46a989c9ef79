package dev.switchboard.redis;

import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.testing.LeasesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#leases()} keeps the Leases contract; each test in a namespace of its own. */
class RedisLeasesContractTest extends LeasesContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected Leases leases() {
        return redis.freshState().leases();
    }
}
