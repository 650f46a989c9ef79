package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link E2eLoad} briefly on VK with every VK contender in its own JVM (Switchboard on the
 * Callback API, vk-java-sdk, the limit): 50 presses per phase, about 600 presses in all. Checks the
 * equivalence that makes a run valid (every press answered exactly once with its snackbar in its
 * peer and edited exactly once, nothing else called) and that the counts add up; no timing is
 * asserted.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class E2eVkLoadTest {
    private static final int PER_PHASE = 50;
    private static final List<String> LOG = new ArrayList<>();
    private static List<E2eLoad.Row> rows;

    @BeforeAll
    static void run() throws Exception {
        // The times only bound a slow machine; the budget ends every phase first.
        E2eLoad.Settings settings = new E2eLoad.Settings(Duration.ofSeconds(20), Duration.ofSeconds(20),
                Duration.ofSeconds(2), 4, 20, PER_PHASE, null);
        rows = E2eLoad.run(settings, E2eLoad.Platform.VK, E2eLoad.VK, LOG::add);
        System.out.println(E2eReport.table(rows, settings));
    }

    @Test
    void everyVkContenderAnswersAndEditsEveryPressExactlyOnce() {
        assertThat(rows).extracting(row -> row.contender().name()).containsExactly(
                "Switchboard Bot, VK Callback API", "vk-java-sdk 1.0.16 (Gson + Apache HttpClient)",
                "limit: no SDK, VK");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.problems()).as(row.contender().name()).isEmpty();
            for (E2eDriver.Phase phase : List.of(row.saturation(), row.half(), row.ninety())) {
                assertThat(phase.valid()).as(row.contender().name()).isTrue();
                assertThat(phase.check().presses()).isEqualTo(phase.presses());
            }
        });
    }

    @Test
    void countsAddUp() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.saturation().presses()).as(row.contender().name()).isEqualTo(PER_PHASE);
            assertThat(row.half().presses()).isLessThanOrEqualTo(PER_PHASE).isPositive();
            assertThat(row.ninety().presses()).isLessThanOrEqualTo(PER_PHASE).isPositive();
            for (E2eDriver.Phase phase : List.of(row.saturation(), row.half(), row.ninety())) {
                assertThat(phase.latencies()).hasSize(phase.presses()).isSorted();
            }
            assertThat(row.startupMillis()).isPositive();
            assertThat(row.idle().heapKib()).as(row.contender().name()).isPositive();
        });
    }

    @Test
    void printsTheRatiosAgainstTheSdkAndTheLimit() {
        String table = E2eReport.table(rows, new E2eLoad.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 4, 20, PER_PHASE, null));
        assertThat(table).contains("| Switchboard Bot, VK Callback API |", "| limit: no SDK, VK |",
                "presses/s ÷ fastest peer (vk-java-sdk 1.0.16", "presses/s ÷ limit");
    }
}
