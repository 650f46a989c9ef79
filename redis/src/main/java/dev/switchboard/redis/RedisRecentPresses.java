package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.RecentPresses;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Set;

/**
 * {@link RedisState#recentPresses()}: one hash per message, field {@code <user id>:<payload>} (the
 * user id is a number, so the first colon after it splits the field unambiguously), value the end
 * of that press's window in milliseconds of Redis {@code TIME}. Each call is one Lua script, one
 * round trip. The hash expires when its longest window has passed.
 */
final class RedisRecentPresses implements RecentPresses {
    /** KEYS[1] the hash; ARGV[1] the field, ARGV[2] the window in ms. 1 when repeated. */
    private static final RedisScript REPEATED = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local ends = redis.call('HGET', KEYS[1], ARGV[1])
            if ends and tonumber(ends) > now then
                return 1
            end
            local window = tonumber(ARGV[2])
            redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', now + window))
            if redis.call('PTTL', KEYS[1]) < window then
                redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """);
    /** KEYS[1] the hash; ARGV the payloads offered again. Returns how many presses were forgotten. */
    private static final RedisScript KEYBOARD_REPLACED = RedisScript.of("""
            local offered = {}
            for _, payload in ipairs(ARGV) do
                offered[payload] = true
            end
            local forgotten = 0
            for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
                local colon = string.find(field, ':', 1, true)
                if colon and offered[string.sub(field, colon + 1)] then
                    forgotten = forgotten + redis.call('HDEL', KEYS[1], field)
                end
            end
            return forgotten
            """);

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisRecentPresses(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    @Override
    public boolean repeated(PlatformId platform, String message, long userId, String payload, Duration window) {
        String key = keys.presses(checkNotNull(platform, "platform"), checkNotNull(message, "message"));
        String field = userId + ":" + checkNotNull(payload, "payload");
        long millis = RedisDurations.millis(checkNotNull(window, "window"));
        if (millis <= 0) {
            return false;
        }
        Long repeated = redis.eval("check a " + platform + " press on " + message + " for a repeat", REPEATED,
                ScriptOutputType.INTEGER, new String[] {key}, field, Long.toString(millis));
        return repeated == 1L;
    }

    @Override
    public void keyboardReplaced(PlatformId platform, String message, Set<String> offered) {
        String key = keys.presses(checkNotNull(platform, "platform"), checkNotNull(message, "message"));
        if (checkNotNull(offered, "offered").isEmpty()) {
            return;
        }
        redis.eval("forget the " + platform + " presses on " + message, KEYBOARD_REPLACED, ScriptOutputType.INTEGER,
                new String[] {key}, offered.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return description + ".recentPresses()";
    }
}
