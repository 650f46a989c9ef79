package dev.switchboard.redis;

import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.testing.SendLimitsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#sendLimits()} keeps the SendLimits contract, as the in-memory limits do; each test in a namespace of its own. */
class RedisSendLimitsContractTest extends SendLimitsContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected SendLimits limits() {
        return redis.freshState().sendLimits();
    }
}
