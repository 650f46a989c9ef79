package dev.switchboard.spring;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * The Redis URL of Spring's own Redis connection ({@code spring.data.redis.*}, or a Docker Compose or
 * Testcontainers service), for the bot's {@code RedisState}: a single server only.
 */
final class SpringRedisUri {
    private SpringRedisUri() {
    }

    /**
     * {@code redis://user:password@host:port/database} ({@code rediss} with an SSL bundle).
     *
     * @throws IllegalStateException if Spring's connection is a sentinel, cluster or master/replica set
     */
    static String of(DataRedisConnectionDetails details) {
        DataRedisConnectionDetails.Standalone server = details.getStandalone();
        if (server == null) {
            throw new IllegalStateException("Spring's Redis connection is a sentinel, cluster or master/replica set, "
                    + "which the bot's RedisState cannot use: set switchboard.redis.url to one server");
        }
        String user = details.getUsername();
        String password = details.getPassword();
        String userInfo = password == null ? user : (user == null ? "" : user) + ":" + password;
        try {
            return new URI(details.getSslBundle() != null ? "rediss" : "redis", userInfo, server.getHost(),
                    server.getPort(), "/" + server.getDatabase(), null, null).toString();
        } catch (URISyntaxException e) {
            // The message would quote the URL with its password: name the host alone.
            throw new IllegalStateException("Spring's Redis connection to " + server.getHost()
                    + " does not make a Redis URL; set switchboard.redis.url");
        }
    }
}
