package dev.switchboard.benchmarks.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link MemorySoak} measured: the heap after GC and the keyed structures at each
 * checkpoint, and the heap one stored payload takes.
 *
 * @param chats chats fed in all
 * @param payloadChars length of each stored payload
 * @param checkpoints the measurements, by chats done, ascending
 * @param bytesPerEntry heap per entry of each in-memory store, alone in a fresh one, by what an entry is
 * @param took wall time of the whole run
 */
record SoakReport(int chats, int payloadChars, List<Checkpoint> checkpoints, Map<String, Long> bytesPerEntry,
                  Duration took) {
    SoakReport {
        checkArgument(!checkpoints.isEmpty(), "no checkpoints");
        checkpoints = List.copyOf(checkpoints);
        bytesPerEntry = Collections.unmodifiableMap(new LinkedHashMap<>(bytesPerEntry));
        checkNotNull(took, "took");
    }

    /**
     * The state after {@code chats} chats.
     *
     * @param chats chats done
     * @param heapBytes heap in use after full collections
     * @param structures every keyed structure of the bot, with its entries
     */
    record Checkpoint(int chats, long heapBytes, List<Structure> structures) {
        Checkpoint {
            structures = List.copyOf(structures);
        }

        /** Entries of every structure together. */
        long entries() {
            return structures.stream().mapToLong(Structure::entries).sum();
        }

        /** Entries of the structure at {@code path}, 0 when there is none. */
        long entries(String path) {
            return structures.stream().filter(s -> s.path().equals(path)).mapToLong(Structure::entries).sum();
        }
    }

    /** The last checkpoint: all chats done. */
    Checkpoint last() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    /**
     * Heap per chat from the first checkpoint to the one at {@code chats}: what a chat costs while
     * the caches still take it.
     */
    long bytesPerChatUpTo(int upTo) {
        Checkpoint first = checkpoints.get(0);
        Checkpoint at = checkpoints.stream().filter(c -> c.chats() == upTo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no checkpoint at " + upTo));
        return (at.heapBytes() - first.heapBytes()) / Math.max(1, at.chats() - first.chats());
    }

    /** The report as printed: the checkpoints, then the structures holding entries, then the figures. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Memory soak: %,d chats (half Telegram, half VK), one message and one press"
                + " each, payloads of %d characters stored as tokens; %.0f s%n%n", chats, payloadChars,
                took.toMillis() / 1000.0));
        out.append(String.format(Locale.ROOT, "%10s %14s %12s %15s %14s%n", "chats", "heap after GC", "growth",
                "per chat added", "keyed entries"));
        Checkpoint previous = null;
        for (Checkpoint checkpoint : checkpoints) {
            String growth = previous == null ? "-" : mb(checkpoint.heapBytes() - previous.heapBytes(), true);
            String perChat = previous == null || checkpoint.chats() == previous.chats() ? "-"
                    : String.format(Locale.ROOT, "%,d B", (checkpoint.heapBytes() - previous.heapBytes())
                            / (checkpoint.chats() - previous.chats()));
            out.append(String.format(Locale.ROOT, "%,10d %14s %12s %15s %,14d%n", checkpoint.chats(),
                    mb(checkpoint.heapBytes(), false), growth, perChat, checkpoint.entries()));
            previous = checkpoint;
        }
        out.append(String.format(Locale.ROOT, "%nKeyed structures (entries at each checkpoint) and their bounds:%n"));
        Map<String, Structure> last = new LinkedHashMap<>();
        last().structures().forEach(structure -> last.put(structure.path(), structure));
        for (Structure structure : last.values()) {
            if (configuration(structure)) {
                continue;
            }
            StringBuilder counts = new StringBuilder();
            for (Checkpoint checkpoint : checkpoints) {
                counts.append(String.format(Locale.ROOT, " %,9d", checkpoint.entries(structure.path())));
            }
            out.append(String.format(Locale.ROOT, "  %-48s %-10s %-20s%s%n", structure.path(), structure.kind(),
                    structure.bound(), counts));
        }
        int half = checkpoints.size() > 2 ? checkpoints.get(checkpoints.size() - 2).chats() : last().chats();
        out.append(String.format(Locale.ROOT, "%nPer chat while the caches fill (0 → %,d chats): %,d B%n", half,
                bytesPerChatUpTo(half)));
        long entriesGrowth = checkpoints.stream().filter(c -> c.chats() == half).findFirst().orElseThrow().entries()
                - checkpoints.get(0).entries();
        out.append(String.format(Locale.ROOT, "Per keyed entry, on average (0 → %,d chats): %,d B%n", half,
                bytesPerChatUpTo(half) * (half - checkpoints.get(0).chats()) / Math.max(1, entriesGrowth)));
        out.append(String.format(Locale.ROOT, "Per entry, alone in a fresh in-memory store:%n"));
        bytesPerEntry.forEach((what, bytes) -> out.append(String.format(Locale.ROOT, "  %-40s %,6d B%n", what, bytes)));
        return out.toString();
    }

    /**
     * A structure of the bot's configuration (platforms, routes, listeners): not a cache, the same
     * number of entries at every checkpoint, and some; the table leaves it out.
     */
    private boolean configuration(Structure structure) {
        long first = checkpoints.get(0).entries(structure.path());
        return !structure.kind().equals("cache") && first > 0
                && checkpoints.stream().allMatch(c -> c.entries(structure.path()) == first);
    }

    private static String mb(long bytes, boolean signed) {
        return String.format(Locale.ROOT, signed ? "%+.1f MiB" : "%.1f MiB", bytes / 1_048_576.0);
    }
}
