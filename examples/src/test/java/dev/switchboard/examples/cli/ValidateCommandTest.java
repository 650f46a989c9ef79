package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.sampleLayout;
import static dev.switchboard.examples.cli.CliRun.testLayout;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

class ValidateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PAYLOAD_TOO_LONG_LINE =
            "telegram rows[0][0].payload PAYLOAD_TOO_LONG payload is 70 bytes; Telegram allows 64";
    private static final String COPY_UNSUPPORTED_LINE =
            "vk rows[1][0] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards";

    @Test
    void validLayoutExitsZeroWithOnlyTheSummaryLine() {
        CliRun run = run("validate", sampleLayout("vote.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly("telegram: valid, 0 errors, 0 warnings; vk: valid, 0 errors, 0 warnings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsOnlyStillExitZero() {
        CliRun run = run("validate", testLayout("duplicate-payload.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(
                "telegram rows[0][1].payload DUPLICATE_PAYLOAD payload repeats rows[0][0]; presses of both buttons look the same",
                "vk rows[0][1].payload DUPLICATE_PAYLOAD payload repeats rows[0][0]; presses of both buttons look the same",
                "telegram: valid, 0 errors, 1 warning; vk: valid, 0 errors, 1 warning");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anErrorExitsOneAndListsEveryViolationThenTheSummary() {
        CliRun run = run("validate", testLayout("errors.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(PAYLOAD_TOO_LONG_LINE, COPY_UNSUPPORTED_LINE,
                "telegram: invalid, 1 error, 0 warnings; vk: invalid, 1 error, 0 warnings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void summaryCountsInPluralAndNamesOnlyTheRequestedPlatform() {
        CliRun run = run("validate", "--platform", "vk", sampleLayout("telegram-only.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "vk $ TOO_MANY_BUTTONS keyboard has 17 buttons; VK allows 10",
                "vk rows[4][0] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards",
                "vk: invalid, 2 errors, 0 warnings");
    }

    @Test
    void onePlatformIsCheckedAlone() {
        CliRun run = run("validate", "--platform", "telegram", testLayout("errors.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(PAYLOAD_TOO_LONG_LINE, "telegram: invalid, 1 error, 0 warnings");
    }

    @Test
    void exitStatusFollowsOnlyTheRequestedPlatforms() {
        assertThat(run("validate", "--platform", "telegram", sampleLayout("telegram-only.json")).status()).isZero();
        assertThat(run("validate", "--platform", "vk", sampleLayout("telegram-only.json")).status()).isEqualTo(1);
        assertThat(run("validate", sampleLayout("telegram-only.json")).status()).isEqualTo(1);
    }

    @Test
    void jsonOutputHasEveryViolationWithNumbersOnlyForNumericRules() throws IOException {
        CliRun run = run("validate", "--format", "json", testLayout("errors.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(1);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json).isEqualTo(MAPPER.readTree("""
                {"valid": false,
                 "platforms": {
                   "telegram": {"valid": false, "violations": [
                     {"code": "PAYLOAD_TOO_LONG", "severity": "ERROR", "path": "rows[0][0].payload",
                      "limit": 64, "actual": 70, "message": "payload is 70 bytes; Telegram allows 64"}]},
                   "vk": {"valid": false, "violations": [
                     {"code": "UNSUPPORTED_BUTTON", "severity": "ERROR", "path": "rows[1][0]",
                      "message": "copy buttons are not supported on VK inline keyboards"}]}}}
                """));
        JsonNode tooLong = json.at("/platforms/telegram/violations/0");
        assertThat(tooLong.get("limit").isIntegralNumber()).isTrue();
        assertThat(tooLong.get("actual").isIntegralNumber()).isTrue();
        assertThat(fieldNames(json.at("/platforms/vk/violations/0")))
                .containsExactly("code", "severity", "path", "message");
        assertThat(fieldNames(json.at("/platforms"))).containsExactly("telegram", "vk");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonOutputOfAValidLayoutWithWarnings() throws IOException {
        CliRun run = run("validate", "--format", "json", "--platform", "telegram", testLayout("duplicate-payload.json"));

        assertThat(run.status()).isZero();
        assertThat(MAPPER.readTree(run.out())).isEqualTo(MAPPER.readTree("""
                {"valid": true,
                 "platforms": {
                   "telegram": {"valid": true, "violations": [
                     {"code": "DUPLICATE_PAYLOAD", "severity": "WARNING", "path": "rows[0][1].payload",
                      "message": "payload repeats rows[0][0]; presses of both buttons look the same"}]}}}
                """));
    }

    @Test
    void jsonOutputForVkHasOnlyTheVkKey() throws IOException {
        CliRun run = run("validate", "--platform", "vk", "--format", "json", sampleLayout("telegram-only.json"));

        assertThat(run.status()).isEqualTo(1);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(fieldNames(json)).containsExactly("valid", "platforms");
        assertThat(fieldNames(json.get("platforms"))).containsExactly("vk");
        assertThat(json.get("valid").booleanValue()).isFalse();
        JsonNode tooMany = json.at("/platforms/vk/violations/0");
        assertThat(tooMany.get("code").textValue()).isEqualTo("TOO_MANY_BUTTONS");
        assertThat(tooMany.get("path").textValue()).isEqualTo("$");
        assertThat(tooMany.get("limit").longValue()).isEqualTo(10);
        assertThat(tooMany.get("actual").longValue()).isEqualTo(17);
    }

    @Test
    void jsonOutputOfAValidLayout() throws IOException {
        CliRun run = run("validate", "--format", "json", sampleLayout("vote.json"));

        assertThat(run.status()).isZero();
        assertThat(MAPPER.readTree(run.out())).isEqualTo(MAPPER.readTree("""
                {"valid": true, "platforms": {"telegram": {"valid": true, "violations": []},
                                              "vk": {"valid": true, "violations": []}}}
                """));
    }

    @Test
    void dashReadsTheLayoutFromStdin() throws IOException {
        String layout = Files.readString(Path.of(testLayout("errors.json")));

        CliRun fromStdin = withStdin(layout, "validate", "-");

        assertThat(fromStdin).isEqualTo(run("validate", testLayout("errors.json")));
        assertThat(fromStdin.status()).isEqualTo(1);
    }

    @Test
    void missingFileExitsTwo() {
        CliRun run = run("validate", "no-such-layout.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("no-such-layout.json: cannot read: no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directoryExitsTwo() {
        CliRun run = run("validate", "layouts");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("layouts: cannot read: is a directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedJsonExitsTwoNamingLineAndColumn() {
        String file = testLayout("malformed.json");

        CliRun run = run("validate", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo(file + ": line 4, column 27 at rows[0][0]: malformed JSON: Unexpected character ('\"' "
                        + "(code 34)): was expecting comma to separate Object entries");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedJsonOnStdinIsNamedStdin() {
        CliRun run = withStdin("{\"type\": \"inline\",\n \"rows\": [[}", "validate", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("<stdin>: line 2, column 12 at rows[0]: "
                + "malformed JSON: Unexpected close marker '}': expected ']'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownKindExitsTwoNamingThePath() {
        String file = testLayout("unknown-kind.json");

        CliRun run = run("validate", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(file + ": line 4, column 8 at rows[0][0].kind: unknown kind \"poll\"; "
                + "expected one of callback, text, link, location, contact, app, pay, copy");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFieldExitsTwoNamingThePath() {
        String file = testLayout("unknown-field.json");

        CliRun run = run("validate", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(file + ": line 4, column 67 at rows[0][0].colour: "
                + "unknown field \"colour\" for a callback button; expected kind, label, style, payload");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wrongTypeExitsTwo() {
        CliRun run = withStdin("{\"type\": \"inline\", \"oneTime\": \"yes\", \"rows\": []}", "validate", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "<stdin>: line 1, column 31 at oneTime: expected true or false for \"oneTime\", found a string");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownPlatformValueIsAUsageError() {
        CliRun run = run("validate", "--platform", "max", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("Invalid value for option '--platform': 'max'; expected telegram, vk or all");
        assertThat(run.err()).contains("Usage: switchboard validate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatValueIsAUsageError() {
        CliRun run = run("validate", "--format", "xml", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Invalid value for option '--format': 'xml'; expected text or json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = run("validate", "--strict", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--strict'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliRun run = run("validate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required parameter: 'FILE|-'");
        assertThat(run.out()).isEmpty();
    }

    /** Every shipped layout, with its designed validity on Telegram and on VK. */
    static Stream<Arguments> sampleLayouts() {
        return Stream.of(
                Arguments.of("vote.json", true, true),
                Arguments.of("catalogue.json", true, true),
                Arguments.of("main-menu.json", true, true),
                Arguments.of("telegram-only.json", true, false),
                Arguments.of("remove.json", true, true));
    }

    @Test
    void everySampleLayoutHasADesignedValidity() throws IOException {
        List<String> designed = sampleLayouts().map(arguments -> (String) arguments.get()[0]).toList();
        try (Stream<Path> files = Files.list(Path.of("layouts"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(designed);
        }
    }

    @ParameterizedTest(name = "{0}: telegram {1}, vk {2}")
    @MethodSource("sampleLayouts")
    void sampleLayoutIsValidWhereDesigned(String file, boolean telegram, boolean vk) throws IOException {
        CliRun run = run("validate", "--format", "json", sampleLayout(file));

        JsonNode json = MAPPER.readTree(run.out());
        assertThat(Map.of("telegram", json.at("/platforms/telegram/valid").booleanValue(),
                "vk", json.at("/platforms/vk/valid").booleanValue()))
                .isEqualTo(Map.of("telegram", telegram, "vk", vk));
        assertThat(run.status()).isEqualTo(telegram && vk ? 0 : 1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void mainMenuWarnsOnVkThatThePlaceholderIsIgnored() {
        CliRun run = run("validate", sampleLayout("main-menu.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(
                "vk placeholder OPTION_IGNORED placeholder is ignored on VK standard keyboards",
                "telegram: valid, 0 errors, 0 warnings; vk: valid, 0 errors, 1 warning");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
