package dev.switchboard.benchmarks.load;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ServiceLoad} measured: one row per target, what was checked before timing, and every
 * problem that makes the run invalid (a failed or mismatched answer anywhere, a server that died).
 *
 * @param setup one line saying how the load was made
 * @param expectedBytes the size of the CLI's report per layout, by target name
 * @param equivalenceChecks how many answers were compared with the CLI's report before timing
 * @param rows vote, catalogue and constant, in that order
 * @param problems why the run is invalid; empty when it is valid
 */
record ServiceLoadReport(String setup, Map<String, Integer> expectedBytes, int equivalenceChecks, List<Row> rows,
        List<String> problems) {
    /** The row every other row is divided by. */
    static final String CONSTANT = "constant";

    ServiceLoadReport {
        requireNonNull(setup, "setup");
        expectedBytes = Map.copyOf(expectedBytes);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One target's measured rounds together.
     *
     * @param name {@code vote}, {@code catalogue} or {@code constant}
     * @param what what the target is, for the table
     * @param requests the requests sent while timed
     * @param ok the answers that were 200 with the expected body
     * @param failures the requests that failed or got another answer
     * @param wallNanos the timed wall time, all rounds together
     * @param sortedLatencies every good exchange's nanoseconds, ascending
     * @param serverCpuNanos CPU time the serving JVM used while timed
     * @param clientCpuNanos CPU time this (the client's) JVM used while timed
     */
    record Row(String name, String what, long requests, long ok, long failures, long wallNanos,
            long[] sortedLatencies, long serverCpuNanos, long clientCpuNanos) {
        Row {
            requireNonNull(name, "name");
            requireNonNull(what, "what");
            requireNonNull(sortedLatencies, "sortedLatencies");
        }

        /** Good answers per second of wall time. */
        double perSecond() {
            return wallNanos == 0 ? 0 : ok / (wallNanos / 1e9);
        }

        /** The latency at quantile {@code q} (nearest rank) in milliseconds, or NaN without any. */
        double percentileMillis(double q) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * sortedLatencies.length);
            return sortedLatencies[Math.max(0, Math.min(sortedLatencies.length, rank) - 1)] / 1e6;
        }

        /** Cores the server kept busy on average. */
        double serverCores() {
            return wallNanos == 0 ? 0 : (double) serverCpuNanos / wallNanos;
        }

        /** Server CPU time per good answer, in microseconds: what one request costs the server. */
        double serverMicrosPerRequest() {
            return ok == 0 ? Double.NaN : serverCpuNanos / 1e3 / ok;
        }

        /** Cores the client kept busy on average. */
        double clientCores() {
            return wallNanos == 0 ? 0 : (double) clientCpuNanos / wallNanos;
        }
    }

    /** Whether nothing failed, mismatched or died. */
    boolean valid() {
        return problems.isEmpty();
    }

    /** The row named {@code name}. */
    Optional<Row> row(String name) {
        return rows.stream().filter(row -> row.name().equals(name)).findFirst();
    }

    /** This row's throughput divided by the constant's, or NaN without a constant. */
    double ratio(Row row) {
        return row(CONSTANT).map(constant -> row.perSecond() / constant.perSecond()).orElse(Double.NaN);
    }

    /**
     * The constant's server CPU per answer divided by this row's: the throughput ratio if both servers
     * had the same CPU, which on a shared machine they may not have had; NaN without a constant.
     */
    double cpuRatio(Row row) {
        return row(CONSTANT).map(constant -> constant.serverMicrosPerRequest() / row.serverMicrosPerRequest())
                .orElse(Double.NaN);
    }

    /** The table and the verdict, as printed. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(setup).append('\n');
        if (!rows.isEmpty()) {
            out.append("| target | requests | failed | requests/s | p50 ms | p99 ms | ÷ constant | server CPU"
                    + " | client CPU | server CPU µs/request | ÷ constant per CPU |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row row : rows) {
                out.append(String.format(Locale.ROOT,
                        "| %s: %s | %,d | %,d | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f |%n",
                        row.name(), row.what(), row.requests(), row.failures(), row.perSecond(),
                        row.percentileMillis(0.50), row.percentileMillis(0.99), ratio(row), row.serverCores(),
                        row.clientCores(), row.serverMicrosPerRequest(), cpuRatio(row)));
            }
            out.append("CPU in cores (CPU time ÷ wall time) of the serving JVM and of the client's JVM; µs/request is"
                    + " the serving JVM's CPU time per good answer; ÷ constant per CPU is the constant's µs/request"
                    + " ÷ the row's.\n");
        }
        if (equivalenceChecks > 0) {
            StringBuilder sizes = new StringBuilder();
            expectedBytes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> sizes
                    .append(sizes.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ')
                    .append(entry.getValue()).append(" B"));
            out.append("Equivalence before timing: ").append(equivalenceChecks)
                    .append(" answers compared with the CLI's `validate --platform all --format json` report (")
                    .append(sizes).append(")").append(problems.isEmpty() ? ": all 200 and byte-for-byte equal.\n"
                            : ".\n");
        }
        if (valid()) {
            out.append("VALID RUN: every answer, before and while timing, was 200 with the expected body.\n");
        } else {
            out.append("INVALID RUN, do not quote it:\n");
            problems.forEach(problem -> out.append("  - ").append(problem).append('\n'));
        }
        return out.toString();
    }
}
