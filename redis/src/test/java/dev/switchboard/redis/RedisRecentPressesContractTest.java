package dev.switchboard.redis;

import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.testing.RecentPressesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#recentPresses()} keeps the RecentPresses contract; each test in a namespace of its own. */
class RedisRecentPressesContractTest extends RecentPressesContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected RecentPresses presses() {
        return redis.freshState().recentPresses();
    }
}
