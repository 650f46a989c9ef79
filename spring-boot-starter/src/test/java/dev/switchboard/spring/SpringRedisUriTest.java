package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/** Spring's Redis connection details as the URL the bot's RedisState takes. */
class SpringRedisUriTest {
    @Test
    void aServerWithoutCredentialsKeepsHostPortAndDatabase() {
        assertThat(SpringRedisUri.of(standalone(null, null, DataRedisConnectionDetails.Standalone.of("redis.internal", 6380, 2))))
                .isEqualTo("redis://redis.internal:6380/2");
    }

    @Test
    void aPasswordAloneGoesAfterAnEmptyUserAndIsEscaped() {
        assertThat(SpringRedisUri.of(standalone(null, "p@ss word", DataRedisConnectionDetails.Standalone.of("h", 6379))))
                .isEqualTo("redis://:p%40ss%20word@h:6379/0");
    }

    @Test
    void aUserAndPasswordAreBothKept() {
        assertThat(SpringRedisUri.of(standalone("bot", "secret", DataRedisConnectionDetails.Standalone.of("h", 6379))))
                .isEqualTo("redis://bot:secret@h:6379/0");
    }

    @Test
    void aClusterIsRefusedWithAHintAndWithoutThePassword() {
        DataRedisConnectionDetails cluster = new DataRedisConnectionDetails() {
            @Override
            public String getPassword() {
                return "TOPSECRET";
            }

            @Override
            public Cluster getCluster() {
                return () -> List.of(new Node("a", 7000));
            }
        };

        assertThatThrownBy(() -> SpringRedisUri.of(cluster)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set switchboard.redis.url").hasMessageNotContaining("TOPSECRET");
    }

    private static DataRedisConnectionDetails standalone(String user, String password,
                                                         DataRedisConnectionDetails.Standalone server) {
        return new DataRedisConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public Standalone getStandalone() {
                return server;
            }
        };
    }
}
