package dev.switchboard.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.examples.cli.CliRun.run;
import static dev.switchboard.examples.cli.CliRun.sampleLayout;
import static dev.switchboard.examples.cli.CliRun.testLayout;
import static dev.switchboard.examples.cli.SendSupport.fixture;
import static dev.switchboard.examples.cli.SendSupport.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code switchboard send} against WireMock standing in for the Bot API and the VK API. Every run
 * goes through {@link #send}, which also fails the test if the token shows up on the CLI's
 * stdout or stderr or on the process's System streams (where slf4j-simple logs).
 */
class SendCommandTest {
    private static final String TOKEN = "123456:TEST-TOKEN-must-not-leak";
    private static final String TELEGRAM_SEND = "/bot" + TOKEN + "/sendMessage";
    private static final String VK_SEND = "/method/messages.send";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void telegramSendsTheRenderedReplyMarkupAndPrintsTheReference() throws IOException {
        stubTelegram(200, "send/telegram/send_ok.json");

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi",
                "--layout", sampleLayout("vote.json"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"platform\":\"telegram\",\"chatId\":123,\"messageId\":456}"
                + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        JsonNode body = MAPPER.readTree(onlyRequest(TELEGRAM_SEND).getBodyAsString());
        assertThat(body.get("chat_id").isIntegralNumber()).isTrue();
        assertThat(body.get("chat_id").longValue()).isEqualTo(123);
        assertThat(body.get("text").textValue()).isEqualTo("Hi");
        assertThat(body.get("reply_markup")).isEqualTo(rendered("telegram", "vote.json"));
        assertThat(body.size()).isEqualTo(3);
    }

    @Test
    void telegramWithoutLayoutSendsNoKeyboard() {
        stubTelegram(200, "send/telegram/send_ok.json");

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"platform\":\"telegram\",\"chatId\":123,\"messageId\":456}"
                + System.lineSeparator());
        wm.verify(1, postRequestedFor(urlPathEqualTo(TELEGRAM_SEND))
                .withRequestBody(equalToJson("{\"chat_id\":123,\"text\":\"Hi\"}")));
    }

    @Test
    void aTextThePlatformWouldRefuseExitsTwoAndSendsNothing() {
        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "a".repeat(4097));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Telegram takes a message text of 1–4096 characters; this one has 4097"
                + System.lineSeparator());
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void telegramAcceptsANegativeGroupChatAndALayoutFromStdin() throws IOException {
        stubTelegram(200, "send/telegram/send_ok.json");
        String layout = Files.readString(Path.of(sampleLayout("vote.json")));

        CliRun run = send(telegramEnv(), layout, "--platform", "telegram", "--chat", "-1001234567890", "--text",
                "Vote?", "--layout", "-");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"platform\":\"telegram\",\"chatId\":-1001234567890,\"messageId\":456}"
                + System.lineSeparator());
        JsonNode body = MAPPER.readTree(onlyRequest(TELEGRAM_SEND).getBodyAsString());
        assertThat(body.get("chat_id").longValue()).isEqualTo(-1001234567890L);
        assertThat(body.get("reply_markup")).isEqualTo(rendered("telegram", "vote.json"));
    }

    @Test
    void vkSendsTheRenderedKeyboardAsAFormFieldAndPrintsTheReference() throws IOException {
        stubVk("send/vk/send_ok.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi",
                "--layout", sampleLayout("vote.json"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"platform\":\"vk\",\"chatId\":123,\"messageId\":42}"
                + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        LoggedRequest request = onlyRequest(VK_SEND);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(request.getBodyAsString());
        assertThat(form).containsOnlyKeys("peer_ids", "random_id", "message", "keyboard", "v", "access_token");
        assertThat(form).containsEntry("peer_ids", "123").containsEntry("message", "Hi")
                .containsEntry("v", "5.199").containsEntry("access_token", TOKEN);
        assertThat(form.get("random_id")).matches("[1-9][0-9]*");
        assertThat(MAPPER.readTree(form.get("keyboard"))).isEqualTo(rendered("vk", "vote.json"));
    }

    @Test
    void vkWithoutLayoutSendsNoKeyboard() {
        stubVk("send/vk/send_ok.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"platform\":\"vk\",\"chatId\":123,\"messageId\":42}"
                + System.lineSeparator());
        assertThat(form(onlyRequest(VK_SEND).getBodyAsString()))
                .containsOnlyKeys("peer_ids", "random_id", "message", "v", "access_token");
    }

    @Test
    void invalidLayoutPrintsTheReportAsRenderDoesAndSendsNothing() {
        stubVk("send/vk/send_ok.json");
        String layout = sampleLayout("telegram-only.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi", "--layout", layout);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "vk $ TOO_MANY_BUTTONS keyboard has 17 buttons; VK allows 10",
                "vk rows[4][0] UNSUPPORTED_BUTTON copy buttons are not supported on VK inline keyboards",
                "vk: invalid, 2 errors, 0 warnings");
        assertThat(run.err()).isEqualTo(run("render", "--platform", "vk", layout).err());
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void telegramInvalidLayoutSendsNothing() {
        stubTelegram(200, "send/telegram/send_ok.json");

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi",
                "--layout", testLayout("errors.json"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().asString().startsWith("telegram: invalid, ");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void warningsGoToStderrAndTheMessageIsStillSent() {
        stubVk("send/vk/send_ok.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Menu",
                "--layout", sampleLayout("main-menu.json"));

        assertThat(run.status()).isZero();
        assertThat(run.errLines())
                .containsExactly("vk placeholder OPTION_IGNORED placeholder is ignored on VK standard keyboards");
        assertThat(run.outLines()).containsExactly("{\"platform\":\"vk\",\"chatId\":123,\"messageId\":42}");
    }

    @ParameterizedTest
    @CsvSource({"malformed.json", "unknown-kind.json", "no-such-file.json"})
    void unusableLayoutFileExitsTwoAndSendsNothing(String name) {
        String file = name.startsWith("no-such") ? Path.of("target", name).toString() : testLayout(name);

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi",
                "--layout", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ": ");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"telegram, TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL", "vk, VK_GROUP_TOKEN, VK_API_URL"})
    void missingTokenExitsTwoNamingTheVariable(String platform, String tokenVariable, String urlVariable) {
        Map<String, String> env = Map.of(urlVariable, wm.baseUrl(), "OTHER_TOKEN", TOKEN);

        CliRun run = send(env, "", "--platform", platform, "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(tokenVariable + " is not set; send reads the " + platform
                + " token only from the environment");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void emptyTokenCountsAsMissing() {
        CliRun run = send(Map.of("TELEGRAM_BOT_TOKEN", "", "TELEGRAM_API_URL", wm.baseUrl()), "",
                "--platform", "telegram", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("TELEGRAM_BOT_TOKEN is not set");
    }

    @Test
    void malformedTokenExitsTwoWithoutQuotingIt() {
        String token = "123456:has space";

        CliRun run = send(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", wm.baseUrl()), "",
                "--platform", "telegram", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("TELEGRAM_BOT_TOKEN: token must look like").doesNotContain(token);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void apiUrlOptionOverridesTheEnvironment() {
        wm.stubFor(post(urlPathEqualTo("/from-option" + TELEGRAM_SEND))
                .willReturn(aResponse().withStatus(200).withBody(fixture("send/telegram/send_ok.json"))));
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", wm.baseUrl() + "/from-env");

        CliRun run = send(env, "", "--platform", "telegram", "--chat", "123", "--text", "Hi",
                "--api-url", wm.baseUrl() + "/from-option");

        assertThat(run.status()).isZero();
        assertThat(wm.getAllServeEvents()).singleElement()
                .satisfies(event -> assertThat(event.getRequest().getUrl()).isEqualTo("/from-option" + TELEGRAM_SEND));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--api-url | ftp://example.com | --api-url: expected an absolute http or https URL",
        "TELEGRAM_API_URL | localhost:8081 | TELEGRAM_API_URL: expected an absolute http or https URL",
        "TELEGRAM_API_URL | http://exa mple.com | TELEGRAM_API_URL: not a URL: "})
    void unusableApiUrlExitsTwoNamingWhereItCameFrom(String source, String url, String message) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        List<String> args = new ArrayList<>(List.of("--platform", "telegram", "--chat", "1", "--text", "Hi"));
        if (source.equals("--api-url")) {
            args.addAll(List.of("--api-url", url));
        } else {
            env.put(source, url);
        }

        CliRun run = send(env, "", args.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message);
    }

    @Test
    void telegramApiErrorExitsThreeWithCodeAndDescription() {
        stubTelegram(403, "send/telegram/error_403_blocked.json");

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi",
                "--layout", sampleLayout("vote.json"));

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "telegram sendMessage failed: 403 Forbidden: bot was blocked by the user (after 1 attempt)");
        wm.verify(1, postRequestedFor(urlPathEqualTo(TELEGRAM_SEND)));
    }

    @Test
    void vkApiErrorExitsThreeWithCodeAndDescription() {
        stubVk("send/vk/error_901_no_permission.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "vk messages.send failed: 901 Can't send messages for users without permission (after 1 attempt)");
        wm.verify(1, postRequestedFor(urlPathEqualTo(VK_SEND)));
    }

    @Test
    void vkErrorThatEchoesTheTokenIsPrintedRedacted() {
        stubVk("send/vk/error_100_echoes_token.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("vk messages.send failed: 100 One of the parameters specified was missing or invalid")
                .contains("<redacted>");
    }

    @Test
    void errorPageEchoingTheUrlCutMidTokenPrintsNoPartOfTheToken() {
        wm.stubFor(post(urlPathEqualTo(TELEGRAM_SEND)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody(fixture("send/telegram/404_echoes_url.html"))));

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("telegram sendMessage failed: 404 HTTP 404 with a non-JSON body: <html><body><h1>404 Not "
                        + "Found</h1><p>nginx has no route for POST /bot<redacted>/sendMessage");
    }

    @Test
    void vkErrorEchoingTenCharactersOfTheTokenIsPrintedRedacted() {
        stubVk("send/vk/error_5_echoes_ten_characters.json");

        CliRun run = send(vkEnv(), "", "--platform", "vk", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .contains("User authorization failed: access_token <redacted> was revoked.");
    }

    @Test
    void unreadableResponseIsATransportFailureWithTheTokenRedacted() {
        wm.stubFor(post(urlPathEqualTo(TELEGRAM_SEND)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>No route for POST /bot" + TOKEN + "/sendMessage</body></html>")));

        CliRun run = send(telegramEnv(), "", "--platform", "telegram", "--chat", "123", "--text", "Hi");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Telegram sendMessage failed: unreadable response: HTTP 200 with a non-JSON body:")
                .contains("/bot<redacted>/sendMessage");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--platform telegram --chat abc --text Hi | Invalid value for option '--chat': 'abc' is not a long",
        "--platform telegram --text Hi | Missing required option: '--chat=ID'",
        "--platform telegram --chat 123 | Missing required option: '--text=TEXT'",
        "--platform signal --chat 123 --text Hi | Invalid value for option '--platform': 'signal'; send needs one of "
                + "telegram or vk",
        "--platform telegram --chat 123 --text Hi --token x | Unknown options: '--token', 'x'"})
    void usageErrorsExitTwoAndSendNothing(String args, String message) {
        CliRun run = send(telegramEnv(), "", args.split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo(message);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void helpListsTheEnvironmentAndExitStatuses() {
        CliRun run = run("send", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: switchboard send")
                .contains("--platform", "--chat", "--text", "--layout", "--api-url")
                .contains("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "VK_GROUP_TOKEN", "VK_API_URL")
                .contains("Exit status: 0 sent; 1 invalid layout", "3 the platform refused");
    }

    /** Runs {@code switchboard send ARGS}, failing if the token shows anywhere (see {@link SendSupport#send}). */
    private static CliRun send(Map<String, String> env, String stdin, String... args) {
        return SendSupport.send(TOKEN, env, stdin, args);
    }

    private static Map<String, String> telegramEnv() {
        return Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", wm.baseUrl());
    }

    private static Map<String, String> vkEnv() {
        return Map.of("VK_GROUP_TOKEN", TOKEN, "VK_API_URL", wm.baseUrl() + "/method/");
    }

    private static void stubTelegram(int status, String fixture) {
        wm.stubFor(post(urlPathEqualTo(TELEGRAM_SEND)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
    }

    private static void stubVk(String fixture) {
        wm.stubFor(post(urlPathEqualTo(VK_SEND)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(fixture(fixture))));
    }

    private static LoggedRequest onlyRequest(String path) {
        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        assertThat(wm.getAllServeEvents()).hasSize(1);
        return requests.get(0);
    }

    /** What {@code switchboard render} prints for a sample layout, as a JSON tree. */
    private static JsonNode rendered(String platform, String layout) throws IOException {
        CliRun render = run("render", "--platform", platform, sampleLayout(layout));
        assertThat(render.status()).isZero();
        return MAPPER.readTree(render.out());
    }
}
