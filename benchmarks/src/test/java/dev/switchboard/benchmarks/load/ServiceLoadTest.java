package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link ServiceLoad} briefly against the real {@code switchboard serve}: a small request budget
 * per phase, so it ends in seconds. Checks that the service answers exactly what the CLI prints
 * and that the counts add up; no timing is asserted.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServiceLoadTest {
    private static final int CONNECTIONS = 2;
    private static final int ROUNDS = 2;
    private static final int PER_PHASE = 150;
    private static ServiceLoadReport report;

    @BeforeAll
    static void run() throws Exception {
        // The times only bound a slow machine; the budget ends every phase first.
        report = ServiceLoad.measure(new ServiceLoad.Settings(Duration.ofSeconds(20), ROUNDS, Duration.ofSeconds(10),
                CONNECTIONS, Exchange.Client.RAW, PER_PHASE, ServiceLoad.Launch.serve()));
        System.out.print(report.table());
    }

    @Test
    void everyAnswerOfTheServiceIsTheClisReport() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.equivalenceChecks()).isEqualTo(3 * CONNECTIONS);
        assertThat(report.expectedBytes()).containsOnlyKeys("vote", "catalogue")
                .allSatisfy((layout, bytes) -> assertThat(bytes).isPositive());
    }

    @Test
    void measuresVoteCatalogueAndTheConstant() {
        assertThat(report.rows()).extracting(ServiceLoadReport.Row::name)
                .containsExactly("vote", "catalogue", ServiceLoadReport.CONSTANT);
    }

    @Test
    void countsAddUp() {
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.requests()).as(row.name()).isEqualTo((long) ROUNDS * PER_PHASE);
            assertThat(row.ok()).as(row.name()).isEqualTo(row.requests());
            assertThat(row.failures()).as(row.name()).isZero();
            assertThat(row.sortedLatencies()).as(row.name()).hasSize((int) row.ok()).isSorted();
            assertThat(row.wallNanos()).as(row.name()).isPositive();
        });
    }

    @Test
    void printsEveryRowAndTheVerdict() {
        assertThat(report.table()).contains("| vote: ", "| catalogue: ", "| constant: ", "VALID RUN");
    }
}
