package dev.switchboard.redis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.SendLimits;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;

/**
 * {@link RedisState#sendLimits()}: the algorithm of {@code SendLimits.inMemory()} (GCRA per key,
 * all or nothing, halts that never shorten), run by one Lua script per call, one round trip, with
 * the clock in microseconds of Redis {@code TIME} so that every replica reads the same clock.
 * Emission intervals, tolerances and waits are converted to microseconds rounding up. A rate key
 * {@code <ns>:rate:<key>} holds its theoretical arrival time and expires at it
 * ({@code PX tat - now}); a halt {@code <ns>:halt:<key>} holds its deadline and expires at it.
 */
final class RedisSendLimits implements SendLimits {
    /**
     * KEYS[1..n] the limits' rate keys in order, KEYS[n+1..2n] their halt keys; ARGV[2i-1] limit
     * i's emission interval T, ARGV[2i] its tolerance, in microseconds. Returns the wait in
     * microseconds, 0 when every permit was taken.
     */
    private static final RedisScript TRY_ACQUIRE = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local n = #KEYS / 2
            local halted = 0
            for i = 1, n do
                local deadline = redis.call('GET', KEYS[n + i])
                if deadline and tonumber(deadline) - now > halted then
                    halted = tonumber(deadline) - now
                end
            end
            if halted > 0 then
                return halted
            end
            local taken = {}
            local order = {}
            local wait = 0
            for i = 1, n do
                local key = KEYS[i]
                local interval = tonumber(ARGV[2 * i - 1])
                local tolerance = tonumber(ARGV[2 * i])
                local stored = taken[key]
                if stored == nil then
                    local value = redis.call('GET', key)
                    if value then
                        stored = tonumber(value)
                    end
                end
                local tat = now
                if stored ~= nil and stored >= now then
                    tat = stored
                end
                local allowAt = tat - tolerance
                if allowAt > now then
                    if allowAt - now > wait then
                        wait = allowAt - now
                    end
                else
                    if taken[key] == nil then
                        order[#order + 1] = key
                    end
                    taken[key] = tat + interval
                end
            end
            if wait > 0 then
                return wait
            end
            for _, key in ipairs(order) do
                local tat = taken[key]
                redis.call('SET', key, string.format('%d', tat), 'PX', string.format('%d', math.ceil((tat - now) / 1000)))
            end
            return 0
            """);
    /** KEYS[1] the halt key; ARGV[1] the wait in microseconds, positive. 1 when the halt was lengthened. */
    private static final RedisScript HALT = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local deadline = now + tonumber(ARGV[1])
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(current) >= deadline then
                return 0
            end
            redis.call('SET', KEYS[1], string.format('%d', deadline), 'PX', string.format('%d', math.ceil((deadline - now) / 1000)))
            return 1
            """);

    private final RedisCalls redis;
    private final RedisKeys keys;
    private final String description;

    RedisSendLimits(RedisCalls redis, RedisKeys keys, String description) {
        this.redis = redis;
        this.keys = keys;
        this.description = description;
    }

    @Override
    public Duration tryAcquire(List<RateLimit> limits) {
        checkNotNull(limits, "limits");
        if (limits.isEmpty()) {
            return Duration.ZERO;
        }
        int n = limits.size();
        String[] scriptKeys = new String[2 * n];
        String[] args = new String[2 * n];
        for (int i = 0; i < n; i++) {
            RateLimit limit = checkNotNull(limits.get(i), "limit");
            long interval = emissionInterval(limit);
            scriptKeys[i] = keys.rate(limit.key());
            scriptKeys[n + i] = keys.halt(limit.key());
            args[2 * i] = Long.toString(interval);
            args[2 * i + 1] = Long.toString(Math.multiplyExact(limit.burst() - 1, interval));
        }
        Long waitMicros = redis.eval("take a send permit of " + limits.get(0).key()
                + (n > 1 ? " and " + (n - 1) + " more" : ""), TRY_ACQUIRE, ScriptOutputType.INTEGER, scriptKeys, args);
        return waitMicros <= 0 ? Duration.ZERO : Duration.ofNanos(Math.multiplyExact(waitMicros, 1000L));
    }

    @Override
    public void halt(String key, Duration wait) {
        checkNotNull(key, "key");
        checkNotNull(wait, "wait");
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        redis.eval("halt sends under " + key, HALT, ScriptOutputType.INTEGER, new String[] {keys.halt(key)},
                Long.toString(RedisDurations.micros(wait)));
    }

    /** {@code T = ceil(per / permits)} in microseconds, {@code per} itself rounded up first; at least 1. */
    static long emissionInterval(RateLimit limit) {
        long per = RedisDurations.micros(limit.per());
        return Math.max(1, per / limit.permits() + (per % limit.permits() == 0 ? 0 : 1));
    }

    @Override
    public String toString() {
        return description + ".sendLimits()";
    }
}
