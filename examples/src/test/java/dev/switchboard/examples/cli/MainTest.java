package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainTest {
    private final String before = System.getProperty(Main.LOG_LEVEL);

    @AfterEach
    void restoreLogLevel() {
        if (before == null) {
            System.clearProperty(Main.LOG_LEVEL);
        } else {
            System.setProperty(Main.LOG_LEVEL, before);
        }
    }

    @Test
    void outputWithoutATerminalIsUtf8() {
        assertThat(Main.charset(null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoLogsOnlyErrorsUnlessTheLevelIsSet() {
        System.clearProperty(Main.LOG_LEVEL);
        Main.quietLogsForDemo(new String[] {"validate", "demo"});
        assertThat(System.getProperty(Main.LOG_LEVEL)).isNull();

        Main.quietLogsForDemo(new String[] {"demo", "--platform", "vk"});
        assertThat(System.getProperty(Main.LOG_LEVEL)).isEqualTo("error");

        System.setProperty(Main.LOG_LEVEL, "debug");
        Main.quietLogsForDemo(new String[] {"demo"});
        assertThat(System.getProperty(Main.LOG_LEVEL)).isEqualTo("debug");
    }

    @Test
    void serveLogsOnlyJettysWarningsUnlessTheirLevelIsSet() {
        System.clearProperty(Main.JETTY_LOG_LEVEL);
        Main.quietJettyForServe(new String[] {"validate", "serve"});
        assertThat(System.getProperty(Main.JETTY_LOG_LEVEL)).isNull();

        Main.quietJettyForServe(new String[] {"serve", "--port", "0"});
        assertThat(System.getProperty(Main.JETTY_LOG_LEVEL)).isEqualTo("warn");

        System.setProperty(Main.JETTY_LOG_LEVEL, "info");
        Main.quietJettyForServe(new String[] {"serve"});
        assertThat(System.getProperty(Main.JETTY_LOG_LEVEL)).isEqualTo("info");
        System.clearProperty(Main.JETTY_LOG_LEVEL);
    }
}
