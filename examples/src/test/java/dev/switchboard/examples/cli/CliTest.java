package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void helpListsBothCommandsAndExitsZero() {
        CliRun run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: switchboard").contains("validate", "render", "parse", "send");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void subcommandHelpExitsZero() {
        CliRun run = run("validate", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: switchboard validate").contains("--platform", "--format", "FILE|-");
    }

    @Test
    void versionNamesTheBuild() {
        CliRun run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).singleElement().asString().matches("switchboard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = run();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required subcommand (validate, render, parse, send, bot, demo or serve)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = run("lint", "vote.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments from index 0: 'lint', 'vote.json'");
        assertThat(run.out()).isEmpty();
    }
}
