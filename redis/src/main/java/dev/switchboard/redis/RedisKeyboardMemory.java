package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.KeyboardMemory;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RedisState#keyboards()}: a hash of label to payload per chat, replaced by one Lua script
 * (DEL, HSET, PEXPIRE) so a reader never sees half of two keyboards, and a plain string per sent
 * message, {@code SET PX}. Every call is one round trip. The connection is shared by threads, so
 * MULTI/EXEC, which would interleave with other threads' commands, is not used.
 */
final class RedisKeyboardMemory implements KeyboardMemory {
    /** KEYS[1] the hash; ARGV[1] the age in ms, then label and payload pairs. */
    private static final RedisScript REPLACE_BUTTONS = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            for i = 2, #ARGV, 2 do
                redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """);

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisKeyboardMemory(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    @Override
    public void rememberTextButtons(PlatformId platform, long chatId, Map<String, String> labels, Duration maxAge) {
        String key = keys.buttons(checkNotNull(platform, "platform"), chatId);
        long millis = RedisDurations.millis(checkNotNull(maxAge, "maxAge"));
        String operation = "remember the text buttons of " + platform + " chat " + chatId;
        if (checkNotNull(labels, "labels").isEmpty() || millis <= 0) {
            redis.call(operation, c -> c.del(key));
            return;
        }
        String[] args = new String[1 + 2 * labels.size()];
        args[0] = Long.toString(millis);
        int i = 1;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            args[i++] = checkNotNull(label.getKey(), "label");
            args[i++] = checkNotNull(label.getValue(), "payload");
        }
        redis.eval(operation, REPLACE_BUTTONS, ScriptOutputType.INTEGER, new String[] {key}, args);
    }

    @Override
    public Optional<String> textButtonPayload(PlatformId platform, long chatId, String label) {
        String key = keys.buttons(checkNotNull(platform, "platform"), chatId);
        checkNotNull(label, "label");
        return Optional.ofNullable(redis.call("look up a text button of " + platform + " chat " + chatId,
                c -> c.hget(key, label)));
    }

    @Override
    public void rememberSent(PlatformId platform, String message, String state, Duration maxAge) {
        String key = keys.sent(checkNotNull(platform, "platform"), checkNotNull(message, "message"));
        checkNotNull(state, "state");
        long millis = RedisDurations.millis(checkNotNull(maxAge, "maxAge"));
        String operation = "remember sent " + platform + " message " + message;
        if (millis <= 0) {
            redis.call(operation, c -> c.del(key));
        } else {
            redis.call(operation, c -> c.set(key, state, SetArgs.Builder.px(millis)));
        }
    }

    @Override
    public Optional<String> sent(PlatformId platform, String message) {
        String key = keys.sent(checkNotNull(platform, "platform"), checkNotNull(message, "message"));
        return Optional.ofNullable(redis.call("look up sent " + platform + " message " + message, c -> c.get(key)));
    }

    @Override
    public String toString() {
        return description + ".keyboards()";
    }
}
