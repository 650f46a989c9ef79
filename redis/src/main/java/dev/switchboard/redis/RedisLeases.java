package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link RedisState#leases()}: key {@code <ns>:lease:<name>} holds {@code <token>:<holder>} with
 * the lease's time to live, and nothing else is kept per name. Fencing tokens come from one
 * counter for the whole namespace, {@code INCR <ns>:lease-token}, which never expires: it only
 * grows, so a later tenure of any name always has a higher token than every earlier one, and the
 * number of keys does not grow with the number of names (a bot takes a lease per chat it serves).
 *
 * <p>Earlier versions counted per name in {@code <ns>:lease-token:<name>}, without expiry. Acquiring
 * a name first folds its old counter in, if there is one: the namespace counter is raised to at
 * least its value and the old key is deleted, atomically in the same script, so tokens stay higher
 * than those handed out before the upgrade. Acquire, renew and release are one Lua script each, one
 * round trip each; every key a script touches is passed in {@code KEYS}.
 */
final class RedisLeases implements Leases {
    /**
     * KEYS[1] the lease, KEYS[2] the namespace's token counter, KEYS[3] the name's counter of earlier
     * versions (folded into KEYS[2] and deleted when present); ARGV[1] the holder, ARGV[2] the TTL in
     * ms. 0 when held.
     */
    private static final RedisScript ACQUIRE = RedisScript.of("""
            local legacy = redis.call('GET', KEYS[3])
            if legacy then
                local current = tonumber(redis.call('GET', KEYS[2]) or '0')
                if tonumber(legacy) > current then
                    redis.call('SET', KEYS[2], legacy)
                end
                redis.call('DEL', KEYS[3])
            end
            if redis.call('EXISTS', KEYS[1]) == 1 then
                return 0
            end
            local token = redis.call('INCR', KEYS[2])
            redis.call('SET', KEYS[1], token .. ':' .. ARGV[1], 'PX', ARGV[2])
            return token
            """);
    /** KEYS[1] the lease; ARGV[1] {@code <token>:<holder>}, ARGV[2] the TTL in ms. */
    private static final RedisScript RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
                redis.call('PEXPIRE', KEYS[1], ARGV[2])
                return 1
            end
            return 0
            """);
    /** KEYS[1] the lease; ARGV[1] {@code <token>:<holder>}. */
    private static final RedisScript RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
                return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisLeases(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    /** What the lease key holds while {@code lease} is current: {@code <token>:<holder>}. */
    static String value(Lease lease) {
        return lease.token() + ":" + lease.holder();
    }

    @Override
    public Optional<Lease> tryAcquire(String name, String holder, Duration ttl) {
        checkNotNull(name, "name");
        checkNotNull(holder, "holder");
        long millis = positiveMillis(ttl);
        Long token = redis.eval("acquire lease " + name + " for " + holder, ACQUIRE, ScriptOutputType.INTEGER,
                new String[] {keys.lease(name), keys.leaseTokens(), keys.legacyLeaseToken(name)}, holder,
                Long.toString(millis));
        return token == 0 ? Optional.empty() : Optional.of(new Lease(name, holder, token));
    }

    @Override
    public boolean renew(Lease lease, Duration ttl) {
        checkNotNull(lease, "lease");
        long millis = positiveMillis(ttl);
        Long renewed = redis.eval("renew lease " + lease.name() + " of " + lease.holder(), RENEW,
                ScriptOutputType.INTEGER, new String[] {keys.lease(lease.name())}, value(lease), Long.toString(millis));
        return renewed == 1L;
    }

    @Override
    public void release(Lease lease) {
        checkNotNull(lease, "lease");
        redis.eval("release lease " + lease.name() + " of " + lease.holder(), RELEASE, ScriptOutputType.INTEGER,
                new String[] {keys.lease(lease.name())}, value(lease));
    }

    private static long positiveMillis(Duration ttl) {
        checkNotNull(ttl, "ttl");
        long millis = RedisDurations.millis(ttl);
        checkArgument(millis > 0, "ttl must be positive: %s", ttl);
        return millis;
    }

    @Override
    public String toString() {
        return description + ".leases()";
    }
}
