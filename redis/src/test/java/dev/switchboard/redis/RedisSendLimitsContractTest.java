package dev.switchboard.redis;

import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.testing.SendLimitsContract;
import dev.switchboard.testkit.LocalRedis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** {@link RedisState#sendLimits()} keeps the SendLimits contract, as the in-memory limits do; each test in a namespace of its own. */
class RedisSendLimitsContractTest extends SendLimitsContract {
    private static LocalRedis redis;
    private final List<RedisState> opened = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @AfterEach
    void closeStates() {
        opened.forEach(RedisState::close);
    }

    @Override
    protected SendLimits limits() {
        RedisState state = RedisServer.freshState(redis);
        opened.add(state);
        return state.sendLimits();
    }
}
