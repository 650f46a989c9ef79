package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures and the verdict {@link ServiceLoad} prints. */
class ServiceLoadReportTest {
    private static final long SECOND = 1_000_000_000L;

    private static ServiceLoadReport.Row row(String name, long ok, long[] latencies) {
        return new ServiceLoadReport.Row(name, "what " + name, ok, ok, 0, 2 * SECOND, latencies, SECOND,
                SECOND / 2);
    }

    private static long[] millis(int count) {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            latencies[i] = (i + 1) * 1_000_000L;
        }
        return latencies;
    }

    @Test
    void dividesEachRowsThroughputByTheConstants() {
        ServiceLoadReport report = new ServiceLoadReport("setup", Map.of("vote", 10), 6,
                List.of(row("vote", 3_000, millis(100)), row("constant", 12_000, millis(100))), List.of());
        assertThat(report.row("vote").orElseThrow().perSecond()).isEqualTo(1_500.0);
        assertThat(report.ratio(report.row("vote").orElseThrow())).isEqualTo(0.25);
        assertThat(report.ratio(report.row("constant").orElseThrow())).isEqualTo(1.0);
    }

    @Test
    void dividesTheConstantsServerCpuPerAnswerByEachRows() {
        ServiceLoadReport.Row vote = new ServiceLoadReport.Row("vote", "v", 1_000, 1_000, 0, SECOND, millis(10),
                200_000_000L, 0);
        ServiceLoadReport.Row constant = new ServiceLoadReport.Row("constant", "c", 2_000, 2_000, 0, SECOND,
                millis(10), 100_000_000L, 0);
        ServiceLoadReport report = new ServiceLoadReport("setup", Map.of(), 0, List.of(vote, constant), List.of());
        assertThat(vote.serverMicrosPerRequest()).isEqualTo(200.0);
        assertThat(constant.serverMicrosPerRequest()).isEqualTo(50.0);
        assertThat(report.cpuRatio(vote)).isEqualTo(0.25);
    }

    @Test
    void takesPercentilesByNearestRankAndCpuAsCores() {
        ServiceLoadReport.Row row = row("vote", 100, millis(100));
        assertThat(row.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(row.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(row.serverCores()).isEqualTo(0.5);
        assertThat(row.clientCores()).isEqualTo(0.25);
        assertThat(row.serverMicrosPerRequest()).isEqualTo(10_000.0);
        assertThat(row("empty", 0, new long[0]).percentileMillis(0.5)).isNaN();
    }

    @Test
    void printsOneLinePerTargetAndSaysTheRunIsValid() {
        ServiceLoadReport report = new ServiceLoadReport("setup line", Map.of("vote", 120, "catalogue", 2_000), 6,
                List.of(row("vote", 3_000, millis(100)), row("constant", 12_000, millis(100))), List.of());
        assertThat(report.table()).startsWith("setup line\n")
                .contains("| vote: what vote | 3,000 | 0 | 1,500 | 50.00 | 99.00 | 0.25 | 0.50 | 0.25 | 333 | 0.25 |")
                .contains("| constant: what constant | 12,000 | 0 | 6,000 | 50.00 | 99.00 | 1.00 |")
                .contains("6 answers compared", "catalogue 2000 B, vote 120 B", "byte-for-byte equal")
                .contains("VALID RUN").doesNotContain("INVALID");
    }

    @Test
    void aRunWithAProblemIsInvalidAndListsIt() {
        ServiceLoadReport report = new ServiceLoadReport("setup", Map.of("vote", 10), 6, List.of(),
                List.of("1 of 2 connections' first answers wrong; equivalence: vote answered status 400"));
        assertThat(report.valid()).isFalse();
        assertThat(report.table()).contains("INVALID RUN, do not quote it:",
                "  - 1 of 2 connections' first answers wrong; equivalence: vote answered status 400")
                .doesNotContain("VALID RUN:").doesNotContain("byte-for-byte equal");
    }
}
