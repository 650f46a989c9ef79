package dev.switchboard.redis;

import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.testing.CheckpointStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#checkpoints()} keeps the CheckpointStore contract; each test in a namespace of its own. */
class RedisCheckpointStoreContractTest extends CheckpointStoreContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected CheckpointStore newStore() {
        return redis.freshState().checkpoints();
    }
}
