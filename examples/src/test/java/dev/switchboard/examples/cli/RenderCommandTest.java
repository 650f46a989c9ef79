package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.sampleLayout;
import static dev.switchboard.examples.cli.CliRun.testLayout;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.layout.LayoutJson;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"vote.json", "catalogue.json", "main-menu.json", "telegram-only.json", "remove.json"})
    void rendersTelegramReplyMarkupAsTheWriterDoes(String file) throws IOException {
        assertRendersAsWriter("telegram", TelegramPlatform.keyboards(), sampleLayout(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vote.json", "catalogue.json", "main-menu.json", "remove.json"})
    void rendersVkKeyboardAsTheWriterDoes(String file) throws IOException {
        assertRendersAsWriter("vk", VkPlatform.keyboards(), sampleLayout(file));
    }

    private static void assertRendersAsWriter(String platform, KeyboardWriter writer, String file) throws IOException {
        String expected = writer.write(LayoutJson.read(Path.of(file)));

        CliRun run = run("render", "--platform", platform, file);

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(MAPPER.readTree(run.out())).isEqualTo(MAPPER.readTree(expected));
        assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void rendersVkKeyboardAsAnObject() throws IOException {
        CliRun run = run("render", "--platform", "vk", sampleLayout("vote.json"));

        assertThat(MAPPER.readTree(run.out()).get("inline").booleanValue()).isTrue();
        assertThat(MAPPER.readTree(run.out()).get("buttons").isArray()).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsGoToStderrAndTheKeyboardIsStillRendered() throws IOException {
        CliRun run = run("render", "--platform", "vk", sampleLayout("main-menu.json"));

        assertThat(run.status()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("one_time").booleanValue()).isTrue();
        assertThat(run.errLines())
                .containsExactly("vk placeholder OPTION_IGNORED placeholder is ignored on VK standard keyboards");
    }

    @Test
    void invalidLayoutPrintsTheReportToStderrAndNothingToStdout() {
        CliRun run = run("render", "--platform", "vk", sampleLayout("telegram-only.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "vk $ TOO_MANY_BUTTONS keyboard has 17 buttons; VK allows 10",
                "vk rows[4][0] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards",
                "vk: invalid, 2 errors, 0 warnings");
    }

    @Test
    void invalidLayoutReportIncludesItsWarnings() {
        String layout = """
                {"type": "inline", "rows": [[
                  {"kind": "callback", "label": "A", "payload": "same"},
                  {"kind": "callback", "label": "B", "payload": "same"},
                  {"kind": "copy", "label": "C", "text": "x"}]]}
                """;

        CliRun run = withStdin(layout, "render", "--platform", "vk", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "vk rows[0][1].payload DUPLICATE_PAYLOAD payload repeats rows[0][0]; presses of both buttons look the same",
                "vk rows[0][2] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards",
                "vk: invalid, 1 error, 1 warning");
    }

    @Test
    void dashReadsTheLayoutFromStdin() throws IOException {
        String layout = Files.readString(Path.of(sampleLayout("catalogue.json")));

        CliRun fromStdin = withStdin(layout, "render", "--platform", "telegram", "-");

        assertThat(fromStdin.status()).isZero();
        assertThat(fromStdin).isEqualTo(run("render", "--platform", "telegram", sampleLayout("catalogue.json")));
    }

    @Test
    void platformAllIsAUsageError() {
        CliRun run = run("render", "--platform", "all", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("Invalid value for option '--platform': 'all'; render needs one of telegram or vk");
        assertThat(run.err()).contains("Usage: switchboard render");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownPlatformIsAUsageError() {
        CliRun run = run("render", "--platform", "max", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("Invalid value for option '--platform': 'max'; render needs one of telegram or vk");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void platformIsRequired() {
        CliRun run = run("render", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required option: '--platform=telegram|vk'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = run("render", "--platform", "vk", "--pretty", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--pretty'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileExitsTwo() {
        CliRun run = run("render", "--platform", "telegram", "no-such-layout.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("no-such-layout.json: cannot read: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedJsonExitsTwoNamingLineAndColumn() {
        String file = testLayout("malformed.json");

        CliRun run = run("render", "--platform", "telegram", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().isEqualTo(file + ": line 4, column 27 at rows[0][0]: "
                + "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownKindExitsTwo() {
        String file = testLayout("unknown-kind.json");

        CliRun run = run("render", "--platform", "vk", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ": line 4, column 8 at rows[0][0].kind: unknown kind \"poll\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFieldExitsTwo() {
        String file = testLayout("unknown-field.json");

        CliRun run = run("render", "--platform", "vk", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ": line 4, column 67 at rows[0][0].colour: unknown field \"colour\"");
        assertThat(run.out()).isEmpty();
    }
}
