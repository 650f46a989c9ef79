package dev.switchboard.benchmarks.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What {@link RedisRoundTrips} measured, and its tables. */
record RoundTripReport(int presses, int messages, List<Row> rows, Map<String, Integer> poller,
        Map<String, long[]> inMemory, Map<String, long[]> onRedis) {

    /** One platform's updates of one kind: how many, how many reached the handler, the commands before and after it. */
    record Row(String platform, String kind, int updates, int handled, int maxBefore,
            Map<String, Integer> before, Map<String, Integer> after) {

        /** Round trips before the handler, per update. */
        double beforePerUpdate() {
            return perUpdate(before);
        }

        /** Round trips after the handler started, per update. */
        double afterPerUpdate() {
            return perUpdate(after);
        }

        private double perUpdate(Map<String, Integer> commands) {
            return updates == 0 ? 0 : commands.values().stream().mapToInt(Integer::intValue).sum() / (double) updates;
        }

        private String list(Map<String, Integer> commands) {
            if (commands.isEmpty()) {
                return "—";
            }
            return new TreeMap<>(commands).entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` ×" + number(e.getValue() / (double) updates))
                    .collect(Collectors.joining(", "));
        }
    }

    /** The row of {@code platform} and {@code kind} ("press", "message"). */
    Row row(String platform, String kind) {
        return rows.stream().filter(r -> r.platform().equals(platform) && r.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + platform + " " + kind + " in " + rows));
    }

    /** Markdown tables: round trips per update, the poller's commands, and latency when timed. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Redis round trips per update (RedisState; one command = one round trip),"
                + " %d presses and %d messages per platform, one at a time%n%n", presses, messages));
        out.append("| platform | update | handled | before the handler (max) | after | total | before: commands per update"
                + " | after: commands per update |\n|---|---|---:|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d/%d | %s (%d) | %s | %s | %s | %s |%n",
                    row.platform(), row.kind(), row.handled(), row.updates(), number(row.beforePerUpdate()),
                    row.maxBefore(), number(row.afterPerUpdate()), number(row.beforePerUpdate() + row.afterPerUpdate()),
                    row.list(row.before()), row.list(row.after())));
        }
        out.append("\nPoller commands during the measured updates (one checkpoint save per poll batch, lease renewals every third of the lease; not per update; where each fell): ")
                .append(poller.isEmpty() ? "none" : new TreeMap<>(poller).entrySet().stream()
                        .map(e -> "`" + e.getKey() + "` ×" + e.getValue()).collect(Collectors.joining(", ")))
                .append('\n');
        if (!onRedis.isEmpty()) {
            out.append("\nAdded latency (no MONITOR, no markers; fake platforms and Redis on loopback), ms, p50 / p99\n\n"
                    + "| platform | what is timed | in memory | RedisState | added by Redis |\n|---|---|---:|---:|---:|\n");
            for (Map.Entry<String, long[]> entry : onRedis.entrySet()) {
                long[] redis = sorted(entry.getValue());
                long[] memory = sorted(inMemory.get(entry.getKey()));
                String[] name = entry.getKey().split(" ");
                String what = switch (name[1]) {
                    case "press" -> "press → its handler starts";
                    case "answer" -> "`ctx.answer(toast)` in the handler";
                    case "before" -> "the 2 calls before a handler, straight on the store";
                    case "claim" -> "the claim, straight on the store";
                    default -> "message → its handler starts";
                };
                out.append(String.format(Locale.ROOT, "| %s | %s | %s / %s | %s / %s | %s / %s |%n", name[0], what,
                        ms(pct(memory, 50)), ms(pct(memory, 99)), ms(pct(redis, 50)), ms(pct(redis, 99)),
                        ms(pct(redis, 50) - pct(memory, 50)), ms(pct(redis, 99) - pct(memory, 99))));
            }
        }
        return out.toString();
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static long pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
