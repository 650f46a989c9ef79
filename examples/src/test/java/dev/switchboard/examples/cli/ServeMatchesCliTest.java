package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.sampleLayout;
import static dev.switchboard.examples.cli.CliRun.testLayout;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static dev.switchboard.examples.cli.NativeFormatsCliTest.nativeFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.layout.LayoutJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code switchboard serve} answers what the command line prints for the same input on stdin: the
 * same bytes, with the input named {@code <body>} where the command says {@code <stdin>}.
 */
@Timeout(120)
class ServeMatchesCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> PLATFORMS = List.of("telegram", "vk");
    private static ServeFixture serve;

    @BeforeAll
    static void start() {
        serve = new ServeFixture();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    /** Each input: a file and what --from it needs. */
    static Stream<Arguments> keyboards() {
        return Stream.of(
                Arguments.of(sampleLayout("vote.json"), "layout"),
                Arguments.of(sampleLayout("catalogue.json"), "layout"),
                Arguments.of(sampleLayout("main-menu.json"), "layout"),
                Arguments.of(sampleLayout("remove.json"), "layout"),
                Arguments.of(testLayout("errors.json"), "layout"),
                Arguments.of(testLayout("duplicate-payload.json"), "layout"),
                Arguments.of(testLayout("malformed.json"), "layout"),
                Arguments.of(testLayout("unknown-kind.json"), "layout"),
                Arguments.of(nativeFile("telegram-aiogram-menu.json"), "telegram"),
                Arguments.of(nativeFile("telegram-unrepresentable.json"), "telegram"),
                Arguments.of(nativeFile("telegram-unknown-field.json"), "telegram"),
                Arguments.of(nativeFile("vk-vkbottle-inline.json"), "vk"),
                Arguments.of(sampleLayout("vote.json"), "telegram"));
    }

    @ParameterizedTest
    @MethodSource("keyboards")
    void validateAnswersWhatValidateFormatJsonPrints(String file, String from) throws Exception {
        String keyboard = read(file);
        for (String platform : List.of("all", "telegram", "vk")) {
            CliRun cli = withStdin(keyboard, "validate", "--format", "json", "--from", from, "--platform", platform, "-");

            HttpResponse<String> http = serve.post("/v1/validate?platform=" + platform + "&from=" + from, keyboard);

            assertSame(http, cli, 200);
        }
    }

    @ParameterizedTest
    @MethodSource("keyboards")
    void renderAnswersWhatRenderPrintsOrTheReportWith422(String file, String from) throws Exception {
        String keyboard = read(file);
        for (String platform : PLATFORMS) {
            CliRun cli = withStdin(keyboard, "render", "--from", from, "--platform", platform, "-");

            HttpResponse<String> http = serve.post("/v1/render?platform=" + platform + "&from=" + from, keyboard);

            if (cli.status() == Cli.INVALID) {
                CliRun report = withStdin(keyboard, "validate", "--format", "json", "--from", from, "--platform",
                        platform, "-");
                assertThat(http.statusCode()).as(platform).isEqualTo(422);
                assertThat(http.body()).as(platform).isEqualTo(report.out());
            } else {
                assertSame(http, cli, 200);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("keyboards")
    void previewCarriesTheValidateReportAndWhatRenderPrintsForEachPlatform(String file, String from) throws Exception {
        String keyboard = read(file);
        CliRun validate = withStdin(keyboard, "validate", "--format", "json", "--from", from, "-");

        HttpResponse<String> http = serve.post("/v1/preview?from=" + from, keyboard);

        if (validate.status() == Cli.UNUSABLE) {
            assertSame(http, validate, 200);
            return;
        }
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.body()).contains("\"report\":" + validate.out().strip() + ",\"platforms\":");
        JsonNode preview = MAPPER.readTree(http.body());
        for (String platform : PLATFORMS) {
            CliRun render = withStdin(keyboard, "render", "--from", from, "--platform", platform, "-");
            JsonNode json = preview.at("/platforms/" + platform + "/json");
            if (render.status() == Cli.VALID) {
                assertThat(json).as(platform).isEqualTo(MAPPER.readTree(render.out()));
            } else {
                assertThat(json.isNull()).as(platform + " rejects it: " + json).isTrue();
            }
        }
        if (from.equals("layout")) {
            assertThat(preview.get("layout")).isEqualTo(MAPPER.readTree(LayoutJson.write(LayoutJson.read(keyboard))));
        }
    }

    @Test
    void previewDrawsAButtonTheModelCannotCarryInItsPlaceWithItsNativeName() throws Exception {
        String keyboard = read(nativeFile("telegram-unrepresentable.json"));

        JsonNode preview = MAPPER.readTree(serve.post("/v1/preview?from=telegram", keyboard).body());

        assertThat(preview.at("/layout/rows/0/0").toString())
                .isEqualTo("{\"kind\":\"unrepresentable\",\"label\":\"Log in\",\"native\":\"login_url\"}");
        assertThat(preview.at("/layout/rows/1/1/native").asText()).isEqualTo("switch_inline_query_current_chat");
        assertThat(preview.at("/layout/rows/5/0/kind").asText()).isEqualTo("callback");
        for (JsonNode violation : preview.at("/report/platforms/telegram/violations")) {
            if (violation.get("code").asText().equals("NOT_REPRESENTABLE")) {
                String path = violation.get("path").asText();
                int row = Integer.parseInt(path.substring(5, path.indexOf(']')));
                int button = Integer.parseInt(path.substring(path.indexOf("][") + 2, path.lastIndexOf(']')));
                assertThat(preview.at("/layout/rows/" + row + "/" + button + "/kind").asText()).as(path)
                        .isEqualTo("unrepresentable");
            }
        }
    }

    @Test
    void batchAnswersWhatValidateInputNdjsonPrintsLineForLine() throws Exception {
        String lines = read(nativeFile("telegram-keyboards.ndjson"));
        for (String platform : List.of("all", "telegram", "vk")) {
            CliRun cli = withStdin(lines, "validate", "--input", "ndjson", "--from", "telegram", "--platform", platform,
                    "-");

            HttpResponse<String> http = serve.post("/v1/validate/batch?from=telegram&platform=" + platform, lines);

            assertThat(http.statusCode()).isEqualTo(200);
            assertThat(http.headers().firstValue("Content-Type")).contains("application/x-ndjson");
            assertThat(http.body()).isEqualTo(cli.out().replace("<stdin>", ServiceChecks.BODY));
            assertThat(http.body()).contains("\"error\":\"<body>:3: line 1, column");
        }
    }

    @Test
    void batchOfLayoutsAnswersWhatTheCommandLinePrintsToo() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String file : List.of(sampleLayout("vote.json"), sampleLayout("catalogue.json"), testLayout("errors.json"),
                testLayout("unknown-kind.json"))) {
            lines.append(MAPPER.readTree(read(file))).append('\n');
        }
        lines.append("\n{]\n");
        CliRun cli = withStdin(lines.toString(), "validate", "--input", "ndjson", "-");

        HttpResponse<String> http = serve.post("/v1/validate/batch", lines.toString());

        assertThat(http.body()).isEqualTo(cli.out().replace("<stdin>", ServiceChecks.BODY));
        assertThat(http.body().lines()).hasSize(5);
    }

    @Test
    void refusesAKeyboardOverTheOneInputLimitLikeTheCommandLine() throws Exception {
        String huge = "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"label\":\"" + "x".repeat(1 << 20) + "\"}]]}";
        try (ServeFixture roomy = new ServeFixture(4 << 20)) {
            HttpResponse<String> http = roomy.post("/v1/validate", huge);
            CliRun cli = withStdin(huge, "validate", "-");

            assertThat(http.statusCode()).isEqualTo(413);
            assertThat(MAPPER.readTree(http.body()).get("error").asText())
                    .isEqualTo(cli.err().strip().replace("<stdin>", ServiceChecks.BODY));
        }
    }

    /** The answer is the command's stdout with {@code okStatus}, or its stderr line as a 400 when the input is unusable. */
    private static void assertSame(HttpResponse<String> http, CliRun cli, int okStatus) throws IOException {
        if (cli.status() == Cli.UNUSABLE) {
            assertThat(http.statusCode()).isEqualTo(400);
            assertThat(MAPPER.readTree(http.body()).get("error").asText())
                    .isEqualTo(cli.err().strip().replace("<stdin>", ServiceChecks.BODY));
            assertThat(http.body()).isEqualTo("{\"error\":" + MAPPER.writeValueAsString(
                    cli.err().strip().replace("<stdin>", ServiceChecks.BODY)) + "}\n");
        } else {
            assertThat(http.statusCode()).isEqualTo(okStatus);
            assertThat(http.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(http.body()).isEqualTo(cli.out());
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
