package dev.switchboard.redis;

import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.testing.KeyboardMemoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#keyboards()} keeps the KeyboardMemory contract; each test in a namespace of its own. */
class RedisKeyboardMemoryContractTest extends KeyboardMemoryContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected KeyboardMemory memory() {
        return redis.freshState().keyboards();
    }
}
