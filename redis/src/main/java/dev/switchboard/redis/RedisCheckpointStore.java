package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.Lease;
import io.lettuce.core.ScriptOutputType;
import java.util.Optional;

/**
 * {@link RedisState#checkpoints()}: one string key per source, without expiry. Each call is one
 * round trip; a {@linkplain #save(String, String, Lease) fenced save} is one Lua script.
 */
final class RedisCheckpointStore implements CheckpointStore {
    /** KEYS[1] the checkpoint, KEYS[2] the fence's lease; ARGV[1] the position, ARGV[2] {@code <token>:<holder>}. */
    private static final RedisScript FENCED_SAVE = RedisScript.of("""
            if redis.call('GET', KEYS[2]) == ARGV[2] then
                redis.call('SET', KEYS[1], ARGV[1])
                return 1
            end
            return 0
            """);

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisCheckpointStore(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    @Override
    public Optional<String> load(String source) {
        String key = keys.checkpoint(CheckpointStore.checkSource(source));
        return Optional.ofNullable(redis.call("load the checkpoint of " + source, c -> c.get(key)));
    }

    @Override
    public void save(String source, String position) {
        String key = keys.checkpoint(CheckpointStore.checkSource(source));
        checkNotNull(position, "position");
        redis.call("save the checkpoint of " + source, c -> c.set(key, position));
    }

    /**
     * Saves {@code position} only while {@code fence} is the current tenure of its lease in the same
     * namespace, checked and written atomically by one Lua script: the key
     * {@code <ns>:lease:<fence name>} must hold exactly {@code <fence token>:<fence holder>}, as
     * {@link RedisState#leases()} writes it. A lease that lapsed, was released or was taken over
     * (a higher token) refuses the save, and the checkpoint keeps what the current holder saved.
     *
     * @return false when the save was refused
     */
    @Override
    public boolean save(String source, String position, Lease fence) {
        String key = keys.checkpoint(CheckpointStore.checkSource(source));
        checkNotNull(position, "position");
        checkNotNull(fence, "fence");
        Long saved = redis.eval("save the checkpoint of " + source + " under lease " + fence.name(), FENCED_SAVE,
                ScriptOutputType.INTEGER, new String[] {key, keys.lease(fence.name())}, position,
                RedisLeases.value(fence));
        return saved == 1L;
    }

    @Override
    public String toString() {
        return description + ".checkpoints()";
    }
}
