package dev.switchboard.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.testkit.FakeStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scripted demo's verdict: the fakes' totals when every step went as scripted, the reason when one did not. */
@Timeout(60)
class ScriptedDemoTest {
    private final StringWriter out = new StringWriter();

    @Test
    void returnsTheFakesTotalsWhichTheLastLineShows() {
        FakeStats totals = ScriptedDemo.run(List.of(PlatformId.VK), new PrintWriter(out), Glyphs.UNICODE);

        assertThat(totals.pressesMade()).isEqualTo(9);
        assertThat(totals.allPressesAnsweredInTime()).isTrue();
        assertThat(totals.sendsRefused()).isEqualTo(1);
        assertThat(out.toString().lines().reduce((first, second) -> second)).hasValue(Totals.line(totals));
    }

    @Test
    void aStepThatFailsStopsTheDemoNamingThePlatformAndWhatHappened() {
        assertThatThrownBy(() -> ScriptedDemo.run(List.of(PlatformId.TELEGRAM), new PrintWriter(out), Glyphs.UNICODE,
                fakes -> fakes.telegram().actionTimeout(Duration.ofMillis(1))))
                .isInstanceOf(DemoFailedException.class)
                .hasMessageStartingWith("Telegram: ");
        assertThat(out.toString()).startsWith("Switchboard demo: ").doesNotContain("Totals:");
    }

    @Test
    void totalsSayHowManyPressesWereNotAnsweredInTime() {
        assertThat(Totals.line(new FakeStats(10, 4, 4, 0, 3, 2, 1))).isEqualTo(
                "Totals: 10 updates, 4 presses, 4 answers, all answered in time; 3 messages sent, 2 edited, "
                        + "1 send refused.");
        assertThat(Totals.line(new FakeStats(1, 1, 0, 1, 1, 0, 0))).isEqualTo(
                "Totals: 1 update, 1 press, 0 answers, 1 not answered in time, 1 answer refused; 1 message sent, "
                        + "0 edited, 0 sends refused.");
    }
}
