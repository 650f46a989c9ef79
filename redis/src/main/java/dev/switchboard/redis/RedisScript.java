package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * A Lua script and its SHA-1, for {@link RedisCalls#eval}. Scripts read the clock from Redis
 * {@code TIME}, so every replica shares one clock; Redis 5 and newer replicate a script's effects,
 * not the script, which makes that safe.
 *
 * @param source the Lua source
 * @param sha its SHA-1 in lower-case hex, as EVALSHA wants it
 */
record RedisScript(String source, String sha) {
    RedisScript {
        checkNotNull(source, "source");
        checkNotNull(sha, "sha");
    }

    @SuppressWarnings("deprecation") // SHA-1 is what Redis names scripts by, not a security measure here
    static RedisScript of(String source) {
        return new RedisScript(source, Hashing.sha1().hashString(source, StandardCharsets.UTF_8).toString());
    }
}
