package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code validate} and {@code render} with {@code --from telegram|vk}: the platforms' own keyboard JSON. */
class NativeFormatsCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String nativeFile(String name) {
        try {
            return Path.of(NativeFormatsCliTest.class.getResource("/native/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String name) throws IOException {
        return Files.readString(Path.of(nativeFile(name)), StandardCharsets.UTF_8);
    }

    @Test
    void aTelegramReplyMarkupValidOnBothPlatformsExitsZero() {
        CliRun run = run("validate", "--from", "telegram", nativeFile("telegram-vote.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly("telegram: valid, 0 errors, 0 warnings; vk: valid, 0 errors, 0 warnings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void willThisTelegramKeyboardWorkOnVkIsOneCommand() {
        CliRun run = run("validate", "--from", "telegram", "--platform", "vk", nativeFile("telegram-aiogram-menu.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "vk rows[1][1] MUST_BE_ALONE_IN_ROW app buttons take the whole row on VK; row 1 has 2",
                "vk rows[1][1].appId MISSING_FIELD VK open_app buttons need an appId",
                "vk rows[1][1].ownerId MISSING_FIELD VK open_app buttons need an ownerId",
                "vk rows[2][0] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards",
                "vk: invalid, 4 errors, 0 warnings");
    }

    @Test
    void jsonOutputEqualsTheLibrarysReport() throws IOException {
        CliRun run = run("validate", "--from", "telegram", "--format", "json",
                nativeFile("telegram-unrepresentable.json"));

        Keyboard keyboard = TelegramPlatform.keyboards().read(text("telegram-unrepresentable.json"));
        Map<String, ValidationReport> expected = new LinkedHashMap<>();
        expected.put("telegram", Validator.validate(keyboard, TelegramPlatform.rules()));
        expected.put("vk", Validator.validate(keyboard, VkPlatform.rules()));
        assertThat(run.status()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out())).isEqualTo(MAPPER.readTree(ReportJson.write(expected)));
        assertThat(MAPPER.readTree(run.out()).at("/platforms/telegram/violations/0").toString()).isEqualTo(
                "{\"code\":\"NOT_REPRESENTABLE\",\"severity\":\"ERROR\",\"path\":\"rows[0][0]\",\"message\":"
                        + "\"Telegram login_url buttons cannot be carried by the neutral model; no platform can be sent it\"}");
    }

    @Test
    void anUnknownFieldExitsTwoNamingTheFileLineColumnAndPath() {
        String file = nativeFile("telegram-unknown-field.json");
        CliRun run = run("validate", "--from", "telegram", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith(file
                + ": line 4, column 21 at inline_keyboard[0][1].callback_dta: unknown field \"callback_dta\"");
    }

    @Test
    void anUnknownFromIsAUsageError() {
        CliRun run = run("validate", "--from", "whatsapp", nativeFile("telegram-vote.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--from': 'whatsapp'; expected telegram, vk or layout");
    }

    @Test
    void aVkKeyboardFromStdinIsCheckedOnBothPlatforms() throws IOException {
        CliRun run = withStdin(text("vk-vkbottle-inline.json"), "validate", "--from", "vk", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).contains("telegram rows[3][0] UNSUPPORTED_BUTTON pay buttons are not supported on"
                + " Telegram inline keyboards");
    }

    @Test
    void renderConvertsTelegramToVk() throws IOException {
        CliRun run = run("render", "--from", "telegram", "--platform", "vk", nativeFile("telegram-vote.json"));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).containsExactly(VkPlatform.keyboards().write(
                TelegramPlatform.keyboards().read(text("telegram-vote.json"))));
        assertThat(run.outLines().get(0)).isEqualTo("{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"callback\","
                + "\"label\":\"Yes\",\"payload\":\"{\\\"p\\\":\\\"vote:yes\\\"}\"},\"color\":\"positive\"},{\"action\":"
                + "{\"type\":\"callback\",\"label\":\"No\",\"payload\":\"{\\\"p\\\":\\\"vote:no\\\"}\"},\"color\":"
                + "\"negative\"}],[{\"action\":{\"type\":\"open_link\",\"link\":\"https://example.com/rules\",\"label\":"
                + "\"Rules\"}}]]}");
    }

    @Test
    void convertIsAnAliasOfRenderAndGoesBackFromVkToTelegram() throws IOException {
        String vk = run("convert", "--from", "telegram", "--platform", "vk", nativeFile("telegram-vote.json")).out();

        CliRun back = withStdin(vk, "convert", "--from", "vk", "--platform", "telegram", "-");

        assertThat(back.status()).isZero();
        assertThat(MAPPER.readTree(back.out())).isEqualTo(MAPPER.readTree(text("telegram-vote.json")));
    }

    @Test
    void renderExitsOneWithTheReportWhenTheTargetWouldRejectIt() {
        CliRun run = run("render", "--from", "telegram", "--platform", "vk", nativeFile("telegram-unrepresentable.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).contains(
                "vk rows[0][0] NOT_REPRESENTABLE Telegram login_url buttons cannot be carried by the neutral model;"
                        + " no platform can be sent it",
                "vk: invalid, 6 errors, 0 warnings");
    }

    @Test
    void repeatedIdenticalViolationsAreSummarisedAfterTheFirstFiveInText() {
        StringBuilder markup = new StringBuilder("{\"inline_keyboard\":[");
        for (int i = 0; i < 12; i++) {
            markup.append(i == 0 ? "" : ",").append("[{\"text\":\"\",\"callback_data\":\"b").append(i).append("\"}]");
        }
        CliRun run = withStdin(markup.append("]}").toString(), "validate", "--from", "telegram", "--platform",
                "telegram", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "telegram rows[0][0].label LABEL_EMPTY label is empty",
                "telegram rows[1][0].label LABEL_EMPTY label is empty",
                "telegram rows[2][0].label LABEL_EMPTY label is empty",
                "telegram rows[3][0].label LABEL_EMPTY label is empty",
                "telegram rows[4][0].label LABEL_EMPTY label is empty",
                "telegram … LABEL_EMPTY 7 more like \"label is empty\"",
                "telegram: invalid, 12 errors, 0 warnings");
    }
}
