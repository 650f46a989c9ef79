package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@link RedisRoundTrips} small and pins what it counts to what the code does, so the tool
 * (and the hot path) cannot drift unnoticed. Counts only; no timing is asserted.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RedisRoundTripsTest {
    private static final int PRESSES = 20;
    private static final int MESSAGES = 20;
    private static RoundTripReport report;

    @BeforeAll
    static void run() throws Exception {
        report = RedisRoundTrips.measure(PRESSES, MESSAGES, false);
        System.out.print(report.table());
    }

    @Test
    void everyUpdateReachesItsHandler() {
        assertThat(report.rows()).hasSize(4).allSatisfy(row -> {
            assertThat(row.updates()).isEqualTo(row.kind().equals("press") ? PRESSES : MESSAGES);
            assertThat(row.handled()).as(row.platform() + " " + row.kind()).isEqualTo(row.updates());
        });
    }

    @Test
    void aCallbackPressCostsAtMostTwoRoundTripsBeforeItsHandler() {
        for (String platform : new String[] {"telegram", "vk"}) {
            assertThat(report.row(platform, "press").maxBefore()).as(platform).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aPressIsTakenAndChecksTheDuplicateWindowThenClaimsItsAnswerAndIsFinished() {
        for (String platform : new String[] {"telegram", "vk"}) {
            RoundTripReport.Row press = report.row(platform, "press");
            assertThat(press.before()).as(platform)
                    .isEqualTo(Map.of("EVALSHA seen", PRESSES, "EVALSHA presses", PRESSES));
            assertThat(press.after()).as(platform).isEqualTo(Map.of("SET NX claim", PRESSES, "HDEL taken", PRESSES));
        }
    }

    @Test
    void aMessageIsTakenAndLooksUpTheChatsTextButtonsThenIsFinished() {
        for (String platform : new String[] {"telegram", "vk"}) {
            RoundTripReport.Row message = report.row(platform, "message");
            assertThat(message.before()).as(platform).isEqualTo(Map.of("EVALSHA seen", MESSAGES, "HGET buttons", MESSAGES));
            assertThat(message.after()).as(platform).isEqualTo(Map.of("HDEL taken", MESSAGES));
        }
    }

    @Test
    void nothingRunsOutsideAnUpdateButThePoller() {
        // a poller or beat command is named with where it fell; anything else outside an update is "outside any update"
        assertThat(report.poller().keySet()).allSatisfy(label -> assertThat(label)
                .doesNotContain("outside").containsAnyOf("lease", "checkpoint", "alive", "taken"));
    }
}
