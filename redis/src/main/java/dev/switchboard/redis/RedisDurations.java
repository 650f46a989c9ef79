package dev.switchboard.redis;

import java.time.Duration;

/** Durations in the units Redis and the Lua scripts use, rounded up so a wait or an age is never cut short. */
final class RedisDurations {
    private RedisDurations() {
    }

    /** {@code duration} in whole milliseconds, rounded up; 0 or less for a duration that is not positive. */
    static long millis(Duration duration) {
        return ceil(duration, 1_000_000);
    }

    /** {@code duration} in whole microseconds, rounded up; 0 or less for a duration that is not positive. */
    static long micros(Duration duration) {
        return ceil(duration, 1_000);
    }

    private static long ceil(Duration duration, long nanosPerUnit) {
        long unitsPerSecond = 1_000_000_000L / nanosPerUnit;
        long whole = Math.multiplyExact(duration.getSeconds(), unitsPerSecond);
        long nanos = duration.getNano();
        return Math.addExact(whole, (nanos + nanosPerUnit - 1) / nanosPerUnit);
    }
}
