package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.spi.CheckpointStore;
import java.util.Optional;

/** {@link RedisState#checkpoints()}: one string key per source, without expiry. */
final class RedisCheckpointStore implements CheckpointStore {
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

    @Override
    public String toString() {
        return description + ".checkpoints()";
    }
}
