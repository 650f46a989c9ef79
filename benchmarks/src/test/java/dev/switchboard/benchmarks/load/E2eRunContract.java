package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every brief end-to-end run must show, whatever the platform: the equivalence that makes it
 * valid (every press answered exactly once and edited exactly once, with its route's texts, nothing
 * else called), counts that add up and memory reported for every contender. No timing is asserted.
 * A subclass runs its platform's contenders once, before its tests.
 */
abstract class E2eRunContract {
    static final int PER_PHASE = 50;

    /** The rows of the subclass's run. */
    abstract List<E2eLoad.Row> rows();

    /** The contenders' names, in the order they ran. */
    abstract List<String> contenderNames();

    /** Runs {@code contenders} on {@code platform} with {@link #PER_PHASE} presses per phase, and prints the table. */
    static List<E2eLoad.Row> run(E2eLoad.Platform platform, List<E2eLoad.Contender> contenders) throws Exception {
        // The times only bound a slow machine; the budget ends every phase first.
        E2eLoad.Settings settings = new E2eLoad.Settings(Duration.ofSeconds(20), Duration.ofSeconds(20),
                Duration.ofSeconds(2), 4, 20, PER_PHASE, null);
        List<E2eLoad.Row> rows = E2eLoad.run(settings, platform, contenders, line -> { });
        System.out.println(E2eReport.table(rows, settings));
        return rows;
    }

    /** The report of this run's rows. */
    String table() {
        return E2eReport.table(rows(), new E2eLoad.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 4, 20, PER_PHASE, null));
    }

    @Test
    void everyContenderAnswersAndEditsEveryPressExactlyOnce() {
        assertThat(rows()).extracting(row -> row.contender().name()).containsExactlyElementsOf(contenderNames());
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.problems()).as(row.contender().name()).isEmpty();
            for (E2eDriver.Phase phase : List.of(row.saturation(), row.half(), row.ninety())) {
                assertThat(phase.valid()).as(row.contender().name()).isTrue();
                assertThat(phase.check().presses()).isEqualTo(phase.presses());
            }
        });
    }

    @Test
    void countsAddUp() {
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.saturation().presses()).as(row.contender().name()).isEqualTo(PER_PHASE);
            assertThat(row.half().presses()).isLessThanOrEqualTo(PER_PHASE).isPositive();
            assertThat(row.ninety().presses()).isLessThanOrEqualTo(PER_PHASE).isPositive();
            for (E2eDriver.Phase phase : List.of(row.saturation(), row.half(), row.ninety())) {
                assertThat(phase.latencies()).hasSize(phase.presses()).isSorted();
                assertThat(Arrays.stream(phase.latencies()).min().orElse(1)).isPositive();
            }
            assertThat(row.startupMillis()).isPositive();
        });
    }

    @Test
    void reportsMemoryOfEveryContender() {
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.idle().rssKib()).as(row.contender().name()).isPositive();
            assertThat(row.idle().heapKib()).as(row.contender().name()).isPositive();
            assertThat(row.loaded().rssKib()).as(row.contender().name()).isPositive();
        });
    }
}
