package dev.switchboard.benchmarks.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One keyed structure found inside a bot: where (a path of field names from the bot), what
 * (a Guava cache, remembered ids, a map or a collection), how many entries it holds, and what bounds it.
 *
 * @param path field names from the bot, e.g. {@code bot.dispatcher.answers.answered}
 * @param kind {@code cache}, {@code ids} (a {@code RememberedIds}), {@code map} or {@code collection}
 * @param entries entries held now
 * @param maxEntries the most it keeps (a Guava cache's maximum size), when bounded in size
 * @param expiry how long an entry lives after it was written (Guava's expireAfterWrite) or last read, if set
 */
record Structure(String path, String kind, long entries, OptionalLong maxEntries, Optional<Duration> expiry) {
    Structure {
        checkNotNull(path, "path");
        checkNotNull(kind, "kind");
        checkArgument(entries >= 0, "entries must not be negative: %s", entries);
        checkNotNull(maxEntries, "maxEntries");
        checkNotNull(expiry, "expiry");
    }

    /** True when the structure forgets by itself: bounded in size or in time. */
    boolean bounded() {
        return maxEntries.isPresent() || expiry.isPresent();
    }

    /** The bound as a table shows it: {@code ≤ 100,000, 48h}, or {@code none}. */
    String bound() {
        String size = maxEntries.isPresent() ? String.format("≤ %,d", maxEntries.getAsLong()) : "";
        String age = expiry.map(Structure::age).orElse("");
        if (size.isEmpty() && age.isEmpty()) {
            return "none";
        }
        return size.isEmpty() ? age : age.isEmpty() ? size : size + ", " + age;
    }

    private static String age(Duration duration) {
        if (duration.toDays() > 0 && duration.toHours() % 24 == 0) {
            return duration.toDays() + " d";
        }
        if (duration.toHours() > 0 && duration.toMinutes() % 60 == 0) {
            return duration.toHours() + " h";
        }
        if (duration.toMinutes() > 0 && duration.toSeconds() % 60 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() + " ms";
    }
}
