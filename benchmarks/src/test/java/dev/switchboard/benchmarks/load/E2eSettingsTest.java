package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E2eSettingsTest {
    @Test
    void recordingsGoToADirectoryThatIsCreatedWhenMissing(@TempDir Path temp) {
        Path directory = temp.resolve("not/there/yet");

        var options = E2eLoad.Settings.full().withJfr(directory).jfrOptions("Switchboard Bot, webhook");

        assertThat(directory).isDirectory();
        assertThat(options).singleElement().asString()
                .startsWith("-XX:StartFlightRecording=")
                .endsWith(directory.resolve("Switchboard-Bot-webhook.jfr").toAbsolutePath().toString());
    }

    @Test
    void noRecordingWithoutADirectory() {
        assertThat(E2eLoad.Settings.full().jfrOptions("limit: no SDK")).isEmpty();
    }
}
