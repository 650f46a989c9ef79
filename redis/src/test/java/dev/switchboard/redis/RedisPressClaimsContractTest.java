package dev.switchboard.redis;

import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.testing.PressClaimsContract;
import dev.switchboard.testkit.LocalRedis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** {@link RedisState#pressClaims()} keeps the PressClaims contract; each test in a namespace of its own. */
class RedisPressClaimsContractTest extends PressClaimsContract {
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
    protected PressClaims claims() {
        RedisState state = RedisServer.freshState(redis);
        opened.add(state);
        return state.pressClaims();
    }
}
