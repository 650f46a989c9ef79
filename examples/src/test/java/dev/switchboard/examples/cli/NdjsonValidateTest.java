package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static dev.switchboard.examples.cli.NativeFormatsCliTest.nativeFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --input ndjson} and the limits on what one input may cost. */
class NdjsonValidateTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(CliRun run) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.outLines()) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void writesOneReportPerKeyboardWithItsLineNumberAndABadLineDoesNotStopTheRest() throws IOException {
        String file = nativeFile("telegram-keyboards.ndjson");
        CliRun run = run("validate", "--from", "telegram", "--input", "ndjson", "--platform", "telegram", file);

        List<JsonNode> out = lines(run);
        assertThat(run.status()).isEqualTo(2);
        assertThat(out).extracting(node -> node.get("line").asInt()).containsExactly(1, 2, 3, 5);
        assertThat(run.outLines().get(0)).isEqualTo(
                "{\"line\":1,\"valid\":true,\"platforms\":{\"telegram\":{\"valid\":true,\"violations\":[]}}}");
        assertThat(out.get(1).at("/platforms/telegram/violations/0/code").asText()).isEqualTo("NOT_REPRESENTABLE");
        assertThat(out.get(2).get("error").asText()).isEqualTo(file + ":3: line 1, column 39 at inline_keyboard[0][0]: "
                + "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
        assertThat(out.get(3).get("valid").asBoolean()).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsZeroWhenEveryKeyboardIsValidAndOneWhenSomeAreInvalid() {
        String vote = "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"y\"}]]}";
        String login = "{\"inline_keyboard\":[[{\"text\":\"Log in\",\"login_url\":{\"url\":\"https://a.io\"}}]]}";

        assertThat(withStdin(vote + "\n" + vote + "\n", "validate", "--from", "telegram", "--input", "ndjson", "-")
                .status()).isZero();
        assertThat(withStdin(vote + "\r\n" + login, "validate", "--from", "telegram", "--input", "ndjson", "-")
                .status()).isEqualTo(1);
    }

    @Test
    void layoutsAreTheDefaultFormatOfLinesToo() {
        CliRun run = withStdin("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"callback\",\"label\":\"A\",\"payload\":\"a\"}]]}",
                "validate", "--input", "ndjson", "-");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly("{\"line\":1,\"valid\":true,\"platforms\":{\"telegram\":{\"valid\":true,"
                + "\"violations\":[]},\"vk\":{\"valid\":true,\"violations\":[]}}}");
    }

    @Test
    void aLineOverOneMebibyteIsAnErrorLineAndTheNextLinesAreStillChecked() throws IOException {
        Path file = dir.resolve("big.ndjson");
        String vote = "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"y\"}]]}";
        Files.writeString(file, "\"" + "x".repeat(KeyboardInput.MAX_BYTES) + "\"\n" + vote + "\n", StandardCharsets.UTF_8);

        CliRun run = run("validate", "--from", "telegram", "--input", "ndjson", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).isEqualTo("{\"line\":1,\"error\":\"" + file
                + ":1: line is over the limit of 1048576 bytes (1 MiB)\"}");
        assertThat(lines(run).get(1).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aFileOverOneMebibyteExitsTwoWithAMessageAndNothingOnStdout() throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, " ".repeat(KeyboardInput.MAX_BYTES) + "{}", StandardCharsets.UTF_8);

        CliRun run = run("validate", "--from", "telegram", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": input is over the limit of 1048576 bytes (1 MiB)");
    }

    @Test
    void moreThanTenThousandButtonsExitsTwoWithAMessage() {
        StringBuilder markup = new StringBuilder("{\"keyboard\":[[");
        for (int i = 0; i <= KeyboardInput.MAX_BUTTONS; i++) {
            markup.append(i == 0 ? "" : ",").append("\"b\"");
        }
        CliRun run = withStdin(markup.append("]]}").toString(), "validate", "--from", "telegram", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("<stdin>: keyboard has 10001 buttons; one input may have at most 10000");
    }

    @Test
    void ndjsonWritesJsonSoATextFormatIsAUsageError() {
        CliRun run = withStdin("", "validate", "--input", "ndjson", "--format", "text", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--input ndjson writes JSON lines; --format text does not apply");
    }
}
