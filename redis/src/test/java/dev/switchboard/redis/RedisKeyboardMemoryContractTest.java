package dev.switchboard.redis;

import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.testing.KeyboardMemoryContract;
import dev.switchboard.testkit.LocalRedis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** {@link RedisState#keyboards()} keeps the KeyboardMemory contract; each test in a namespace of its own. */
class RedisKeyboardMemoryContractTest extends KeyboardMemoryContract {
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
    protected KeyboardMemory memory() {
        RedisState state = RedisServer.freshState(redis);
        opened.add(state);
        return state.keyboards();
    }
}
