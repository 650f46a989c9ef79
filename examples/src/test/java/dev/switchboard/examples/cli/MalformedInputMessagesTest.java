package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input error is one clean line naming the line, column and path, whatever the command: no Jackson
 * internals ({@code [Source: …]}, {@code through reference chain}, class names). Fixtures under
 * {@code src/test/resources/malformed/}.
 */
class MalformedInputMessagesTest {
    private static final List<String> INTERNALS = List.of("[Source:", "Source: (", "through reference chain",
            "com.fasterxml", "java.", "jackson", "REDACTED", "\tat ");

    static Stream<Arguments> keyboards() {
        return Stream.of(
                Arguments.of("layout", "layout-malformed.json", "line 4, column 43 at rows[0][0]: malformed JSON: "
                        + "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                Arguments.of("layout", "layout-duplicate-key.json",
                        "line 5, column 72 at rows[0][1].label: duplicate key \"label\""),
                Arguments.of("layout", "layout-wrong-type.json",
                        "line 4, column 44 at rows[0][0].payload: expected a string for \"payload\", found a number"),
                Arguments.of("layout", "layout-truncated.json", "line 5, column 1 at rows: truncated JSON: "
                        + "Unexpected end-of-input: expected close marker for Array"),
                Arguments.of("telegram", "telegram-keyboard-malformed.json", "line 2, column 48 at inline_keyboard[0][0]: "
                        + "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start "
                        + "field name"),
                Arguments.of("telegram", "telegram-keyboard-duplicate-key.json",
                        "line 2, column 108 at inline_keyboard[0][1].callback_data: duplicate key \"callback_data\""),
                Arguments.of("telegram", "telegram-keyboard-wrong-type.json",
                        "line 2, column 13 at inline_keyboard[0][0].text: expected a string, found an array"),
                Arguments.of("telegram", "telegram-keyboard-truncated.json", "line 2, column 48 at inline_keyboard[0]: "
                        + "truncated JSON: Unexpected end-of-input: expected close marker for Array"),
                Arguments.of("vk", "vk-keyboard-malformed.json", "line 2, column 79 at buttons[0][0]: malformed JSON: "
                        + "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                Arguments.of("vk", "vk-keyboard-duplicate-key.json",
                        "line 2, column 59 at buttons[0][0].action.label: duplicate key \"label\""),
                Arguments.of("vk", "vk-keyboard-wrong-type.json",
                        "line 2, column 45 at buttons[0][0].action.label: expected a string, found a number"),
                Arguments.of("vk", "vk-keyboard-truncated.json", "line 2, column 50 at buttons[0][0].action: "
                        + "truncated JSON: Unexpected end-of-input: expected close marker for Object"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keyboards")
    void validateNamesLineColumnAndPathOnOneLine(String from, String fixture, String message) {
        String file = fixture(fixture);

        CliRun run = CliRun.run("validate", "--from", from, file);

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": " + message);
        assertNoInternals(run.err());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keyboards")
    void renderGivesTheSameLine(String from, String fixture, String message) {
        String file = fixture(fixture);

        CliRun run = CliRun.run("render", "--platform", from.equals("vk") ? "telegram" : "vk", "--from", from, file);

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": " + message);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keyboards")
    void ndjsonGivesTheSameLineAsItsLinesError(String from, String fixture, String message) throws IOException {
        String oneLine = Files.readString(Path.of(fixture(fixture))).replace("\n", " ").strip();
        // joining lines moves the column; the path and the problem stay
        String expected = message.replaceFirst("^line \\d+, column \\d+ ", "");

        CliRun run = CliRun.withStdin("{\"type\":\"remove\"}\n" + oneLine + "\n", "validate", "--input", "ndjson",
                "--from", from, "-");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        String error = new ObjectMapper().readTree(lines.get(1)).get("error").asText();
        assertThat(error).startsWith("<stdin>:2: line 1, column ").endsWith(expected);
        assertNoInternals(error);
    }

    @Test
    void sendNamesTheLayoutsPlaceBeforeAnyRequest() {
        String file = fixture("layout-duplicate-key.json");

        CliRun run = CliRun.withEnv(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_API_URL", "http://127.0.0.1:9"),
                "", "send", "--platform", "telegram", "--chat", "1", "--text", "Hi", "--layout", file);

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.errLines()).containsExactly(file + ": line 5, column 72 at rows[0][1].label: duplicate key \"label\"");
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                Arguments.of("telegram", "telegram-update-malformed.json", "message.chat (line 2, column 68): "
                        + "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object "
                        + "entries"),
                Arguments.of("telegram", "telegram-update-wrong-type.json",
                        "message.chat.id (line 2, column 66): expected an integer, got a string"),
                Arguments.of("telegram", "telegram-update-truncated.json", "message (line 2, column 87): truncated JSON: "
                        + "Unexpected end-of-input: expected close marker for Object"),
                Arguments.of("vk", "vk-update-malformed.json", "object.peer_id (line 2, column 40): malformed JSON: "
                        + "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                Arguments.of("vk", "vk-update-wrong-type.json",
                        "object.user_id (line 2, column 24): expected an integer, found a string"),
                Arguments.of("vk", "vk-update-truncated.json", "object.event_id (line 2, column 57): truncated JSON: "
                        + "Unexpected end-of-input: expected close marker for Object"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("updates")
    void parseNamesPathLineAndColumnOnOneLine(String platform, String fixture, String message) {
        String file = fixture(fixture);

        CliRun run = CliRun.run("parse", "--platform", platform, file);

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": " + message);
        assertNoInternals(run.err());
    }

    private static void assertNoInternals(String text) {
        List<String> found = new ArrayList<>();
        for (String internal : INTERNALS) {
            if (text.contains(internal)) {
                found.add(internal);
            }
        }
        assertThat(found).as("Jackson or JVM internals in: %s", text).isEmpty();
    }

    private static String fixture(String name) {
        try {
            return Path.of(MalformedInputMessagesTest.class.getResource("/malformed/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
