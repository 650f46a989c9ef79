package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.vk.VkTestSupport.calls;
import static dev.switchboard.vk.VkTestSupport.fixture;
import static dev.switchboard.vk.VkTestSupport.form;
import static dev.switchboard.vk.VkTestSupport.platform;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.Stderr;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.CannedServer;
import dev.switchboard.core.transport.RetryPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The VK client behind every method: retries, errors, faults, rate limit, redaction. */
@ExtendWith(TokenLeakCheck.class)
class VkClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ANSWER = "/method/messages.sendMessageEventAnswer";
    private static final ButtonPress PRESS = new ButtonPress(PlatformId.VK, Optional.of("lp-1"), "ev1", 612512941L,
            OptionalLong.of(2000000001L), OptionalLong.of(42), Optional.empty(), Optional.of("vote:yes"), true,
            PressSource.CALLBACK, RawJson.of("{}"));

    private final RecordingListener listener = new RecordingListener();

    private Messenger messenger(RetryPolicy policy) {
        return platform(wm).retryPolicy(policy).listener(listener).build().messenger();
    }

    private static void answerSequence(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            wm.stubFor(post(urlPathEqualTo(ANSWER)).inScenario("answer")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step " + i)
                    .willSetStateTo("step " + (i + 1))
                    .willReturn(responses[i]));
        }
    }

    private static ResponseDefinitionBuilder body(String fixture) {
        return okJson(fixture(fixture));
    }

    @Test
    void retriesError6ThenSucceeds() {
        answerSequence(body("error_6_too_many_requests.json"), body("send_message_event_answer_ok.json"));

        messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.toast("Voted"));

        List<LoggedRequest> sent = calls(wm, "messages.sendMessageEventAnswer");
        assertThat(sent).hasSize(2);
        assertThat(form(sent.get(1))).isEqualTo(form(sent.get(0)));
        assertThat(listener.retries).containsExactly(new RecordingListener.Retry("messages.sendMessageEventAnswer", 1,
                Duration.ofMillis(5), "VK error 6: Too many requests per second"));
    }

    @Test
    void aRetryIsLoggedAtWarnInTheShapeTelegramUsesWithoutTheToken() {
        answerSequence(body("error_6_too_many_requests.json"), body("send_message_event_answer_ok.json"));

        String log = Stderr.of(() -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.toast("Voted")));

        assertThat(Stderr.retryLines(log)).singleElement().satisfies(line -> {
            Matcher retry = Stderr.RETRY_LINE.matcher(line);
            assertThat(retry.matches()).as(line).isTrue();
            assertThat(retry.group(1)).isEqualTo(VkClient.class.getName());
            assertThat(retry.group(2)).isEqualTo("VK");
            assertThat(retry.group(3)).isEqualTo("messages.sendMessageEventAnswer");
        });
        assertThat(log).doesNotContain("TEST-TOKEN");
    }

    @Test
    void backsOffOnErrors9And10AsThePolicySays() {
        answerSequence(body("error_9_flood_control.json"), body("error_10_internal.json"),
                body("send_message_event_answer_ok.json"));
        RetryPolicy slow = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0, Duration.ZERO);

        messenger(slow).answer(PRESS, PressAnswer.none());

        List<LoggedRequest> sent = calls(wm, "messages.sendMessageEventAnswer");
        assertThat(sent).hasSize(3);
        assertThat(gapMillis(sent, 0)).isGreaterThanOrEqualTo(100);
        assertThat(gapMillis(sent, 1)).isGreaterThanOrEqualTo(200);
        assertThat(listener.retries).extracting(RecordingListener.Retry::delay)
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void errorEchoingTenCharactersOfTheTokenIsRedacted() {
        answerSequence(body("leaks/error_5_echoes_ten_characters.json"));

        VkApiException error = thrown(VkApiException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error.description()).isEqualTo("User authorization failed: access_token <redacted> was revoked.");
        assertThat(error).hasMessageEndingWith("access_token <redacted> was revoked.");
    }

    @Test
    void retriedErrorEchoingTheTokenAcrossLinesIsRedactedInTheRetryReason() {
        answerSequence(body("leaks/error_10_echoes_token_across_lines.json"), body("send_message_event_answer_ok.json"));

        messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none());

        assertThat(listener.retries).singleElement().extracting(RecordingListener.Retry::reason)
                .isEqualTo("VK error 10: Internal server error: could not check token <redacted>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "error_5_auth_failed.json        | 5   | User authorization failed: invalid access_token (4).",
        "error_100_echoes_token.json     | 100 | One of the parameters specified was missing or invalid: access_token <redacted> is odd",
        "error_901_no_permission.json    | 901 | Can't send messages for users without permission",
        "error_911_keyboard_invalid.json | 911 | Keyboard format is invalid",
        "error_912_bot_feature.json      | 912 | This is a chat bot feature, change this status in settings"})
    void neverRetriesMistakes(String fixture, int code, String description) {
        answerSequence(body(fixture), body("send_message_event_answer_ok.json"));

        VkApiException error = thrown(VkApiException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error.errorCode()).isEqualTo(code);
        assertThat(error.description()).isEqualTo(description);
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(error.method()).isEqualTo("messages.sendMessageEventAnswer");
        assertThat(error.platform()).isEqualTo(PlatformId.VK);
        assertThat(error.retryAfter()).isEmpty();
        assertThat(error).hasMessage("VK messages.sendMessageEventAnswer failed with " + code + ": " + description);
        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(1);
        assertThat(listener.retries).isEmpty();
    }

    /** Answers probe the client here: they are resent up to {@code RetryPolicy.resendAttempts()}, 10 with FAST's 3. */
    @Test
    void saysHowManyAttemptsWhenRetriesRunOut() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("error_6_too_many_requests.json")));

        VkApiException error = thrown(VkApiException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error).hasMessage("VK messages.sendMessageEventAnswer failed with 6: Too many requests per second"
                + " (after 10 attempts)");
        assertThat(error.attempts()).isEqualTo(10);
        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(10);
        assertThat(listener.retries).extracting(RecordingListener.Retry::attempt).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void retriesHttp5xxThenSucceeds() {
        answerSequence(aResponse().withStatus(503), aResponse().withStatus(502).withBody(fixture("html_502.html"))
                .withHeader("Content-Type", "text/html"), body("send_message_event_answer_ok.json"));

        messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none());

        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(3);
        assertThat(listener.retries).extracting(RecordingListener.Retry::reason).containsExactly("HTTP 503",
                "HTTP 502");
    }

    @Test
    void http5xxUntilTheEndIsATransportException() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(aResponse().withStatus(502)));

        TransportException error = thrown(TransportException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error).hasMessage("VK messages.sendMessageEventAnswer failed: HTTP 502 (after 10 attempts)");
        assertThat(error.attempts()).isEqualTo(10);
        assertThat(error.method()).isEqualTo("messages.sendMessageEventAnswer");
    }

    @Test
    void retriesAResetConnectionThenSucceeds() {
        answerSequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                body("send_message_event_answer_ok.json"));

        messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none());

        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(2);
        assertThat(listener.retries).hasSize(1);
    }

    @Test
    void aConnectionResetEveryTimeIsATransportExceptionWithARedactedCause() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TransportException error = thrown(TransportException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error.getMessage()).startsWith("VK messages.sendMessageEventAnswer failed: ")
                .endsWith(" (after 10 attempts)");
        assertThat(error.getCause()).isInstanceOf(VkIoFailure.class).hasMessageStartingWith("java.");
        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(10);
    }

    @Test
    void aReadTimeoutIsRetriedThenReported() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("send_message_event_answer_ok.json")
                .withFixedDelay(1_000)));
        Messenger slowServer = platform(wm).requestTimeout(Duration.ofMillis(150)).listener(listener).build()
                .messenger();

        long start = System.nanoTime();
        TransportException error = thrown(TransportException.class,
                () -> slowServer.answer(PRESS, PressAnswer.none()));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(error.getMessage()).contains("timed out").endsWith(" (after 10 attempts)");
        assertThat(error.attempts()).isEqualTo(10);
        assertThat(tookMillis).isGreaterThanOrEqualTo(3 * 150).isLessThan(2_500);
    }

    @Test
    void aBodyThatStallsMidAnswerTimesOutWithinTheRequestTimeout() throws Exception {
        // The JDK's own request timeout stops at the headers: without a body deadline this waits for the server.
        try (CannedServer server = CannedServer.holding(CannedServer.stalledJsonAnswer())) {
            Messenger stalled = VkPlatform.builder(VkTestSupport.TOKEN).apiUrl(server.uri("/method/")).rateLimits(false)
                    .retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofMillis(300)).build().messenger();

            long start = System.nanoTime();
            TransportException error = thrown(TransportException.class,
                    () -> stalled.answer(PRESS, PressAnswer.none()));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(error.getMessage()).contains("timed out").contains("no complete answer within 300 ms");
            assertThat(error.getCause()).isInstanceOf(VkIoFailure.class)
                    .hasMessageStartingWith("java.net.http.HttpTimeoutException");
            assertThat(tookMillis).isGreaterThanOrEqualTo(300).isLessThan(3_000); // the server stalls for 5 s
        }
    }

    @Test
    void callsStartNoThreadPerRequest() {
        // sendAsync hands each completion to the CompletableFuture default executor, which starts a
        // thread per task where the common pool has fewer than 2 threads (machines with 2 cores or fewer).
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("send_message_event_answer_ok.json")));
        Messenger messenger = messenger(VkTestSupport.FAST);
        messenger.answer(PRESS, PressAnswer.none());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        for (int i = 0; i < 50; i++) {
            messenger.answer(PRESS, PressAnswer.none());
        }

        assertThat(threads.getTotalStartedThreadCount() - before).isLessThan(20);
    }

    @Test
    void aReadTimeoutThenAnAnswerSucceeds() {
        answerSequence(body("send_message_event_answer_ok.json").withFixedDelay(1_000),
                body("send_message_event_answer_ok.json"));
        Messenger slowServer = platform(wm).requestTimeout(Duration.ofMillis(150)).listener(listener).build()
                .messenger();

        slowServer.answer(PRESS, PressAnswer.none());

        assertThat(listener.retries).singleElement().extracting(RecordingListener.Retry::reason).asString()
                .contains("timed out");
    }

    @Test
    void retriesMalformedJsonThenReportsItUnreadable() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(okJson("{\"response\":")));

        TransportException error = thrown(TransportException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error).hasMessage("VK messages.sendMessageEventAnswer failed: unreadable response"
                + " (application/json, 12 bytes) (after 10 attempts)");
    }

    @Test
    void retriesAnHtmlPageWithStatus200ThenSucceeds() {
        answerSequence(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody(fixture("html_502.html")), body("send_message_event_answer_ok.json"));

        messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none());

        assertThat(listener.retries).singleElement().extracting(RecordingListener.Retry::reason).asString()
                .startsWith("unreadable response (text/html, ");
    }

    @Test
    void doesNotRetryAnHtml404() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>not found</html>")));

        TransportException error = thrown(TransportException.class,
                () -> messenger(VkTestSupport.FAST).answer(PRESS, PressAnswer.none()));

        assertThat(error).hasMessage("VK messages.sendMessageEventAnswer failed: HTTP 404 (text/html, 22 bytes)");
        assertThat(error.attempts()).isEqualTo(1);
    }

    @Test
    void pacesRequestsBeforeTheWireAt20PerSecondByDefault() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("send_message_event_answer_ok.json")));
        Messenger paced = platform(wm).rateLimits(true).build().messenger();

        long start = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            paced.answer(PRESS, PressAnswer.none());
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        List<LoggedRequest> sent = calls(wm, "messages.sendMessageEventAnswer");
        assertThat(sent).hasSize(11);
        // 20 per second: request 11 leaves 10 × 50 ms after request 1, less the permits (up to 1 s worth)
        // a Guava RateLimiter stores while idle: here only the moments between build() and the first request
        long spanMillis = sent.get(10).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime();
        assertThat(spanMillis).isGreaterThanOrEqualTo(400);
        assertThat(tookMillis).isGreaterThanOrEqualTo(400);
    }

    @Test
    void pacesAtTheConfiguredRate() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("send_message_event_answer_ok.json")));
        Messenger paced = platform(wm).rateLimits(true).requestsPerSecond(5).build().messenger();

        for (int i = 0; i < 4; i++) {
            paced.answer(PRESS, PressAnswer.none());
        }

        List<LoggedRequest> sent = calls(wm, "messages.sendMessageEventAnswer");
        // 5 per second: 3 × 200 ms from request 1 to request 4, less what was stored before request 1
        assertThat(sent.get(3).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime())
                .isGreaterThanOrEqualTo(450);
    }

    @Test
    void aMissingTrailingSlashInTheApiUrlIsTolerated() {
        wm.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(body("send_message_event_answer_ok.json")));

        platform(wm).apiUrl(URI.create(wm.baseUrl() + "/method")).build().messenger()
                .answer(PRESS, PressAnswer.none());

        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(1);
    }

    private static long gapMillis(List<LoggedRequest> requests, int index) {
        return requests.get(index + 1).getLoggedDate().getTime() - requests.get(index).getLoggedDate().getTime();
    }
}
