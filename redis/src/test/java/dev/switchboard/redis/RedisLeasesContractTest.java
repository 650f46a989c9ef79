package dev.switchboard.redis;

import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.testing.LeasesContract;
import dev.switchboard.testkit.LocalRedis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** {@link RedisState#leases()} keeps the Leases contract; each test in a namespace of its own. */
class RedisLeasesContractTest extends LeasesContract {
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
    protected Leases leases() {
        RedisState state = RedisServer.freshState(redis);
        opened.add(state);
        return state.leases();
    }
}
