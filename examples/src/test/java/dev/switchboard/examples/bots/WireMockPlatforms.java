package dev.switchboard.examples.bots;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A WireMock server playing the Telegram Bot API and the VK API (with Bots Long Poll) for real
 * {@link TelegramPlatform} and {@link VkPlatform} instances. Polls answer empty (after 50 ms)
 * until a test scripts a batch with {@link #telegramDelivers} or {@link #vkDelivers}; each scripted
 * batch is delivered once, in order. Sends, edits and answers succeed. Tests wait for requests
 * with {@link #await}, which polls the request journal until a deadline.
 */
final class WireMockPlatforms implements AutoCloseable {
    static final String TELEGRAM_TOKEN = "123456:telegram-test-token";
    static final String VK_TOKEN = "vk1.a.vk-test-token";
    static final long GROUP = 218375169L;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer wm = new WireMockServer(options().dynamicPort());
    private int telegramBatches;
    private int vkBatches;

    WireMockPlatforms() {
        wm.start();
        wm.stubFor(post(urlPathEqualTo(telegram("getUpdates"))).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(50)));
        wm.stubFor(post(urlPathEqualTo(telegram("getMe"))).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":123,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"a_bot\"}}")));
        wm.stubFor(post(urlPathEqualTo("/method/groups.getById")).willReturn(okJson(
                "{\"response\":{\"groups\":[{\"id\":1,\"name\":\"Club\",\"screen_name\":\"club1\"}],\"profiles\":[]}}")));
        wm.stubFor(post(urlPathEqualTo(telegram("sendMessage"))).willReturn(okJson(telegramMessage(500))));
        wm.stubFor(post(urlPathEqualTo(telegram("editMessageText"))).willReturn(okJson(telegramMessage(500))));
        wm.stubFor(post(urlPathEqualTo(telegram("answerCallbackQuery")))
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer")).willReturn(okJson(
                "{\"response\":{\"key\":\"k1\",\"server\":\"" + wm.baseUrl() + "/lp\",\"ts\":\"1\"}}")));
        wm.stubFor(get(urlPathEqualTo("/lp")).atPriority(10)
                .willReturn(okJson("{\"ts\":\"1\",\"updates\":[]}").withFixedDelay(50)));
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).willReturn(okJson(
                "{\"response\":[{\"peer_id\":612512941,\"message_id\":0,\"conversation_message_id\":1240}]}")));
        wm.stubFor(post(urlPathEqualTo("/method/messages.edit")).willReturn(okJson("{\"response\":1}")));
        wm.stubFor(post(urlPathEqualTo("/method/messages.sendMessageEventAnswer"))
                .willReturn(okJson("{\"response\":1}")));
    }

    /** A Telegram platform talking to this server, without rate limits. */
    TelegramPlatform telegram() {
        return TelegramPlatform.builder(TELEGRAM_TOKEN).apiUrl(URI.create(wm.baseUrl())).rateLimits(false).build();
    }

    /** A VK platform for community {@link #GROUP} talking to this server, without rate limits. */
    VkPlatform vk() {
        return VkPlatform.builder(VK_TOKEN).groupId(GROUP).apiUrl(URI.create(wm.baseUrl() + "/method/"))
                .rateLimits(false).build();
    }

    /** The next getUpdates answers these updates (JSON objects), once. */
    void telegramDelivers(String... updates) {
        String from = telegramBatches == 0 ? Scenario.STARTED : "tg-" + telegramBatches;
        telegramBatches++;
        wm.stubFor(post(urlPathEqualTo(telegram("getUpdates"))).atPriority(1).inScenario("telegram")
                .whenScenarioStateIs(from).willSetStateTo("tg-" + telegramBatches)
                .willReturn(okJson("{\"ok\":true,\"result\":" + array(updates) + "}")));
    }

    /** The next a_check answers these events (JSON objects), once. */
    void vkDelivers(String... events) {
        String from = vkBatches == 0 ? Scenario.STARTED : "vk-" + vkBatches;
        vkBatches++;
        wm.stubFor(get(urlPathEqualTo("/lp")).atPriority(1).inScenario("vk")
                .whenScenarioStateIs(from).willSetStateTo("vk-" + vkBatches)
                .willReturn(okJson("{\"ts\":\"" + (vkBatches + 1) + "\",\"updates\":" + array(events) + "}")));
    }

    /** The Telegram requests of {@code method} so far. */
    List<LoggedRequest> telegramCalls(String method) {
        return wm.findAll(postRequestedFor(urlPathEqualTo(telegram(method))));
    }

    /** The VK requests of {@code method} so far. */
    List<LoggedRequest> vkCalls(String method) {
        return wm.findAll(postRequestedFor(urlPathEqualTo("/method/" + method)));
    }

    /** Waits until {@code calls} returns at least {@code count} requests, and returns them. */
    static List<LoggedRequest> await(java.util.function.Supplier<List<LoggedRequest>> calls, int count,
                                     String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            List<LoggedRequest> found = calls.get();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                return fail("expected %s %s request(s) within %s, got %s", count, what, TIMEOUT, found.size());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** Waits until {@code condition} holds. */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("expected %s within %s", what, TIMEOUT);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** A JSON request body. */
    static JsonNode json(LoggedRequest request) {
        return parse(request.getBodyAsString());
    }

    /** A form-encoded request body, decoded. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payloads (Telegram {@code callback_data}) of a Telegram request's inline keyboard, row by row. */
    static List<List<String>> telegramPayloads(LoggedRequest request) {
        JsonNode markup = json(request).path("reply_markup");
        if (markup.isTextual()) {
            markup = parse(markup.asText());
        }
        return Stream.of(markup.path("inline_keyboard")).flatMap(rows -> stream(rows))
                .map(row -> stream(row).map(button -> button.path("callback_data").asText()).toList())
                .toList();
    }

    /** The payloads of a VK request's {@code keyboard}, decoded from {@code {"p":…}}, row by row. */
    static List<List<String>> vkPayloads(LoggedRequest request) {
        JsonNode keyboard = parse(form(request).get("keyboard"));
        return stream(keyboard.path("buttons"))
                .map(row -> stream(row).map(b -> VkPlatform.decodePayload(text(b.path("action").path("payload"))))
                        .toList())
                .toList();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    static String telegram(String method) {
        return "/bot" + TELEGRAM_TOKEN + "/" + method;
    }

    private static String telegramMessage(long id) {
        return "{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"from\":{\"id\":7000000001,\"is_bot\":true,"
                + "\"first_name\":\"Switchboard\"},\"chat\":{\"id\":222,\"first_name\":\"Vitya\",\"type\":\"private\"},"
                + "\"date\":1767225600,\"text\":\"ok\"}}";
    }

    private static String array(String... items) {
        return Arrays.stream(items).collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public void close() {
        wm.stop();
    }
}
