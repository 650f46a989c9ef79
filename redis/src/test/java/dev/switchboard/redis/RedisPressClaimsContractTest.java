package dev.switchboard.redis;

import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.testing.PressClaimsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RedisState#pressClaims()} keeps the PressClaims contract; each test in a namespace of its own. */
class RedisPressClaimsContractTest extends PressClaimsContract {
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();

    @Override
    protected PressClaims claims() {
        return redis.freshState().pressClaims();
    }
}
