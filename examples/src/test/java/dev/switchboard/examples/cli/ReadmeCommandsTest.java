package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command lines the README shows run as shown, on files that are in the repository. */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void everyFileTheReadmesCommandLinesNameIsInTheRepository() throws IOException {
        List<String> files = commandLines().stream().flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(word -> word.endsWith(".json")).toList();

        assertThat(files).isNotEmpty();
        assertThat(files).allSatisfy(file -> assertThat(ROOT.resolve(file)).as(file).isRegularFile());
    }

    @Test
    void theReadmesParseExampleReadsItsSampleUpdate() throws Exception {
        String line = commandLines().stream().filter(l -> l.startsWith("./switchboard parse ")).findFirst()
                .orElseThrow(() -> new AssertionError("the README shows ./switchboard parse"));
        String[] args = Arrays.stream(line.substring("./switchboard ".length()).split("\\s+"))
                .map(word -> word.endsWith(".json") ? ROOT.resolve(word).toString() : word).toArray(String[]::new);

        CliRun run = CliRun.run(args);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(run.outLines().get(0));
        assertThat(event.get("type").asText()).isEqualTo("button_press");
        assertThat(event.get("platform").asText()).isEqualTo("telegram");
    }

    /** The {@code ./switchboard …} command lines of the README's shell blocks, without {@code $ } and variables. */
    private static List<String> commandLines() throws IOException {
        return Files.readString(ROOT.resolve("README.md")).lines().filter(line -> line.startsWith("$ "))
                .map(line -> line.substring(2).replaceFirst("^([A-Z_]+=\\S+ )+", "").replaceFirst("\\s+#.*$", ""))
                .filter(line -> line.startsWith("./switchboard ")).toList();
    }
}
