package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.PublicTypes;
import org.junit.jupiter.api.Test;

/** The Redis module's public types are a decision: they must equal the checked-in {@code redis-public-api.txt}. */
class RedisPublicApiTest {
    @Test
    void exposesOnlyTheEntryClass() {
        assertThat(PublicTypes.in(RedisState.class, "dev.switchboard.redis"))
                .isEqualTo(PublicTypes.listed(RedisPublicApiTest.class, "/redis-public-api.txt"));
    }
}
