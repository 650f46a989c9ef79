package dev.switchboard.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Turns JMH results into one Markdown table: a row per workload and input, a column per
 * contender (throughput ± error), then the ratios the targets are stated in and the bytes
 * allocated per operation. Ratios: ours ÷ the fastest peer's throughput (higher is better);
 * ours' time ÷ the baseline's time (lower is better); ours' bytes ÷ the leanest peer's bytes.
 */
public final class ResultTable {
    private static final List<Contender> COLUMNS = List.of(Contender.values());

    private final List<Row> rows;

    /** One line of the table. */
    public record Row(String workload, Map<Contender, JmhResult> results) {
        public Row {
            results = Map.copyOf(results);
        }

        /** Ours' throughput ÷ the fastest peer's; empty when no peer ran. */
        public OptionalDouble speedupOverFastestPeer() {
            return peers().mapToDouble(JmhResult::score).max().stream()
                    .map(best -> ours().score() / best).findFirst();
        }

        /** Ours' time ÷ the baseline's time; empty when there is no baseline. */
        public OptionalDouble timeOverBaseline() {
            JmhResult baseline = results.get(Contender.BASELINE);
            return baseline == null ? OptionalDouble.empty() : OptionalDouble.of(baseline.score() / ours().score());
        }

        /** Ours' bytes per operation ÷ the leanest peer's. */
        public OptionalDouble allocationOverLeanestPeer() {
            OptionalDouble leanest = peers().map(JmhResult::bytesPerOp).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).min();
            if (leanest.isEmpty() || ours().bytesPerOp().isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(ours().bytesPerOp().getAsDouble() / leanest.getAsDouble());
        }

        /** The leanest peer's bytes per operation. */
        public OptionalDouble leanestPeerBytes() {
            return peers().map(JmhResult::bytesPerOp).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).min();
        }

        JmhResult ours() {
            return results.get(Contender.OURS);
        }

        private Stream<JmhResult> peers() {
            return results.entrySet().stream().filter(e -> e.getKey().isPeer()).map(Map.Entry::getValue);
        }
    }

    private ResultTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Groups results into rows; results whose method names no column are left out. */
    public static ResultTable of(List<JmhResult> results) {
        Map<String, Map<Contender, JmhResult>> grouped = new LinkedHashMap<>();
        for (JmhResult result : results) {
            Optional<Contender> column = Contender.ofMethod(result.method());
            if (column.isPresent()) {
                grouped.computeIfAbsent(workload(result), k -> new EnumMap<>(Contender.class))
                        .put(column.get(), result);
            }
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((workload, byContender) -> {
            if (byContender.containsKey(Contender.OURS)) {
                rows.add(new Row(workload, byContender));
            }
        });
        rows.sort(Comparator.comparing(row -> row.workload().substring(0, 1)));
        return new ResultTable(rows);
    }

    /** The rows, workload 1 first. */
    public List<Row> rows() {
        return rows;
    }

    /** The table in Markdown, with a closing line giving the largest relative error. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| workload |");
        COLUMNS.forEach(c -> out.append(' ').append(c.title()).append(" |"));
        out.append(" ours ÷ fastest peer | ours time ÷ baseline | ours B/op | leanest peer B/op | ours ÷ peer B/op |\n");
        out.append("|---|").append("---:|".repeat(COLUMNS.size() + 5)).append('\n');
        double worstError = Double.NaN;
        for (Row row : rows) {
            out.append("| ").append(row.workload()).append(" |");
            for (Contender column : COLUMNS) {
                JmhResult result = row.results().get(column);
                out.append(' ').append(result == null ? "—" : throughput(result)).append(" |");
                if (result != null && !Double.isNaN(result.relativeError())) {
                    worstError = Double.isNaN(worstError) ? result.relativeError()
                            : Math.max(worstError, result.relativeError());
                }
            }
            out.append(' ').append(ratio(row.speedupOverFastestPeer())).append(" |");
            out.append(' ').append(ratio(row.timeOverBaseline())).append(" |");
            out.append(' ').append(bytes(row.ours().bytesPerOp())).append(" |");
            out.append(' ').append(bytes(row.leanestPeerBytes())).append(" |");
            out.append(' ').append(ratio(row.allocationOverLeanestPeer())).append(" |\n");
        }
        out.append("\nThroughput in operations per second ± 99.9% confidence; ").append(Double.isNaN(worstError)
                ? "no errors (too few iterations for JMH to compute one).\n"
                : String.format(Locale.ROOT, "largest error %.1f%% of its score.%n", worstError * 100));
        return out.toString();
    }

    /** "1 parse Telegram", "3 render VK catalogue", "4 validate Telegram vote", … */
    static String workload(JmhResult result) {
        String params = String.join(" ", result.params().values());
        String platform = result.benchmarkClass().startsWith("Vk") ? "VK" : "Telegram";
        String name;
        if (result.benchmarkClass().endsWith("ParseBenchmark")) {
            name = (platform.equals("VK") ? "2" : "1") + " parse " + platform;
        } else if (result.method().equals("validate")) {
            name = "4 validate " + platform;
        } else {
            name = "3 render " + platform;
        }
        return params.isEmpty() ? name : name + " " + params;
    }

    static String throughput(JmhResult result) {
        String error = Double.isNaN(result.relativeError()) ? ""
                : String.format(Locale.ROOT, " ±%.1f%%", result.relativeError() * 100);
        return scaled(result.score()) + error;
    }

    private static String scaled(double opsPerSecond) {
        if (opsPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M/s", opsPerSecond / 1e6);
        }
        if (opsPerSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k/s", opsPerSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f /s", opsPerSecond);
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f×", value.getAsDouble()) : "—";
    }

    private static String bytes(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%,.0f", value.getAsDouble()) : "—";
    }
}
