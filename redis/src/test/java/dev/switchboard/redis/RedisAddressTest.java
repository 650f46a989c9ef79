package dev.switchboard.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Redis URI is shown without its password, whatever form the credentials take. */
class RedisAddressTest {
    @Test
    void showsAUriWithoutCredentialsAsGivenWithTheDefaultPort() {
        assertThat(RedisAddress.parse("redis://redis.internal").redacted()).isEqualTo("redis://redis.internal:6379");
        assertThat(RedisAddress.parse("rediss://10.0.0.5:6380/2").redacted()).isEqualTo("rediss://10.0.0.5:6380/2");
    }

    @Test
    void masksThePasswordButKeepsTheUser() {
        RedisAddress withUser = RedisAddress.parse("redis://bot:s3cret-pass@redis.internal:6379/1");
        RedisAddress passwordOnly = RedisAddress.parse("redis://:s3cret-pass@redis.internal");

        assertThat(withUser.redacted()).isEqualTo("redis://bot:***@redis.internal:6379/1");
        assertThat(withUser.password()).isEqualTo("s3cret-pass");
        assertThat(passwordOnly.redacted()).isEqualTo("redis://:***@redis.internal:6379");
        assertThat(passwordOnly).hasToString("redis://:***@redis.internal:6379");
    }

    @Test
    void masksAPercentEncodedPasswordInAnyTextAsWell() {
        RedisAddress address = RedisAddress.parse("redis://:p%40ss%2Fword@h:1");

        assertThat(address.password()).isEqualTo("p@ss/word");
        assertThat(address.redact("auth p@ss/word failed for redis://:p%40ss%2Fword@h:1"))
                .isEqualTo("auth *** failed for redis://:***@h:1");
    }
}
