package dev.switchboard.redis;

import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.testing.SeenUpdatesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#seenUpdates()} keeps the SeenUpdates contract; each test in a namespace of its own. */
class RedisSeenUpdatesContractTest extends SeenUpdatesContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected SeenUpdates newSeenUpdates() {
        return redis.freshState().seenUpdates();
    }
}
