package dev.switchboard.redis;

import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.testing.PayloadStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#payloads()} keeps the PayloadStore contract; each test in a namespace of its own. */
class RedisPayloadStoreContractTest extends PayloadStoreContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected PayloadStore newStore() {
        return redis.freshState().payloads();
    }
}
