package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.TakenUpdate;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link RedisState#seenUpdates()}: one key per update, {@code SET 1 NX PX window}; forget is DEL.
 * Taking an update also keeps its JSON in the taking replica's hash {@code <ns>:taken:<replica>}
 * (field {@code <platform>:<update id>}), in the same script and round trip, until the replica
 * finishes it (HDEL). Each replica beats {@code <ns>:alive:<replica>} (SET PX); a replica whose
 * beat lapsed is dead, and a script moves its hash to the first replica that adopts it.
 */
final class RedisSeenUpdates implements SeenUpdates {
    /** KEYS seen, taken; ARGV window ms, field, JSON: marks the update seen and keeps it taken; 1 when first. */
    private static final RedisScript TAKE = RedisScript.of("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
              redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
              return 1
            end
            return 0
            """);
    /** KEYS alive of the owner, its taken hash, the adopter's: moves the hash when the owner is dead. */
    private static final RedisScript ADOPT = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return {}
            end
            local entries = redis.call('HGETALL', KEYS[2])
            for i = 1, #entries, 2 do
              redis.call('HSET', KEYS[3], entries[i], entries[i + 1])
            end
            redis.call('DEL', KEYS[2])
            return entries
            """);
    private static final int SCAN_COUNT = 100;

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final Map<PlatformId, Duration> windows;
    private final String description;

    RedisSeenUpdates(RedisCalls redis, RedisKeys keys, Map<PlatformId, Duration> windows, String description) {
        this.redis = redis;
        this.keys = keys;
        this.windows = Map.copyOf(windows);
        this.description = description;
    }

    @Override
    public boolean firstSeen(PlatformId platform, String updateId) {
        String key = keys.seen(checkNotNull(platform, "platform"), checkNotNull(updateId, "updateId"));
        SetArgs markForWindow = SetArgs.Builder.nx().px(window(platform));
        return "OK".equals(redis.call("mark " + platform + " update " + updateId + " seen",
                c -> c.set(key, "1", markForWindow)));
    }

    @Override
    public void forget(PlatformId platform, String updateId) {
        String key = keys.seen(checkNotNull(platform, "platform"), checkNotNull(updateId, "updateId"));
        redis.call("forget " + platform + " update " + updateId, c -> c.del(key));
    }

    @Override
    public boolean take(PlatformId platform, String updateId, String replica, String rawJson) {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        Long first = redis.eval("take " + platform + " update " + updateId, TAKE, ScriptOutputType.INTEGER,
                new String[] {keys.seen(platform, updateId), keys.taken(checkNotNull(replica, "replica"))},
                Long.toString(window(platform).toMillis()), field(platform, updateId), checkNotNull(rawJson, "rawJson"));
        return first != null && first == 1L;
    }

    @Override
    public void finished(PlatformId platform, String updateId, String replica) {
        String field = field(checkNotNull(platform, "platform"), checkNotNull(updateId, "updateId"));
        redis.call("finish " + platform + " update " + updateId, c -> c.hdel(keys.taken(replica), field));
    }

    @Override
    public void heartbeat(String replica, Duration ttl) {
        redis.call("beat for replica " + replica,
                c -> c.set(keys.alive(replica), "1", SetArgs.Builder.px(Math.max(1, ttl.toMillis()))));
    }

    @Override
    public List<TakenUpdate> adoptOrphans(String replica, boolean includeOwn) {
        List<TakenUpdate> adopted = new ArrayList<>();
        ScanArgs pattern = ScanArgs.Builder.matches(keys.takenPattern()).limit(SCAN_COUNT);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScanCursor from = cursor;
            KeyScanCursor<String> page = redis.call("look for orphaned updates", c -> c.scan(from, pattern));
            for (String key : page.getKeys()) {
                String owner = keys.replicaOfTaken(key);
                if (owner.equals(replica)) {
                    if (includeOwn) {
                        Map<String, String> own = redis.call("read what replica " + replica + " kept",
                                c -> c.hgetall(key));
                        own.forEach((field, json) -> adopted.add(taken(field, json, replica)));
                    }
                    continue;
                }
                List<String> moved = redis.eval("adopt the updates of replica " + owner, ADOPT,
                        ScriptOutputType.MULTI, new String[] {keys.alive(owner), key, keys.taken(replica)});
                for (int i = 0; moved != null && i + 1 < moved.size(); i += 2) {
                    adopted.add(taken(moved.get(i), moved.get(i + 1), owner));
                }
            }
            cursor = page;
        } while (!cursor.isFinished());
        return adopted;
    }

    private static String field(PlatformId platform, String updateId) {
        return platform.value() + ":" + updateId;
    }

    private static TakenUpdate taken(String field, String json, String from) {
        int colon = field.indexOf(':');
        String platform = field.substring(0, colon);
        PlatformId id = platform.equals(PlatformId.TELEGRAM.value()) ? PlatformId.TELEGRAM
                : platform.equals(PlatformId.VK.value()) ? PlatformId.VK : new PlatformId(platform, platform);
        return new TakenUpdate(id, field.substring(colon + 1), json, from);
    }

    /** The window of {@code platform}; {@link SeenUpdates#DEFAULT_WINDOW} for one not configured. */
    Duration window(PlatformId platform) {
        return windows.getOrDefault(platform, DEFAULT_WINDOW);
    }

    @Override
    public String toString() {
        return description + ".seenUpdates(" + windows + ")";
    }
}
