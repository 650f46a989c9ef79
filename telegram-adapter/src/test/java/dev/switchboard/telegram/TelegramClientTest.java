package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.switchboard.telegram.TelegramTestSupport.error;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static dev.switchboard.telegram.TelegramTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, error translation and faults of the HTTP client, seen through sendMessage and getMe. */
class TelegramClientTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingListener listener = new RecordingListener();

    private Messenger messenger() {
        return platform(wm).listener(listener).build().messenger();
    }

    @Test
    void postsJsonToBotTokenMethodPath() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 7)));

        messenger().send(42, "hi");

        wm.verify(postRequestedFor(urlPathEqualTo("/bot123456:TEST-TOKEN-must-not-leak/sendMessage"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void apiUrlMayHaveAPathAndATrailingSlash() {
        wm.stubFor(post(urlPathEqualTo("/proxy/telegram" + path("sendMessage"))).willReturn(sent(42, 7)));
        Messenger proxied = platform(wm).apiUrl(URI.create(wm.baseUrl() + "/proxy/telegram/")).build().messenger();

        assertThat(proxied.send(42, "hi").messageId()).hasValue(7);
    }

    @Test
    void http429WaitsRetryAfterThenSucceeds() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("flood").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                + "\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("calm"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(sent(42, 8)));

        assertThat(messenger().send(42, "hi").messageId()).hasValue(8);

        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlPathEqualTo(path("sendMessage"))));
        assertThat(requests).hasSize(2);
        long waitedMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(950);
        assertThat(listener.delays).containsExactly(Duration.ofSeconds(1));
        assertThat(listener.events).containsExactly("retrying sendMessage after attempt 1");
    }

    @Test
    void aRetryIsLoggedAtWarnInTheShapeVkUsesWithoutTheToken() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs("up")
                .willReturn(sent(42, 9)));

        String log = Stderr.of(() -> messenger().send(42, "hi"));

        assertThat(Stderr.retryLines(log)).singleElement().satisfies(line -> {
            Matcher retry = Stderr.RETRY_LINE.matcher(line);
            assertThat(retry.matches()).as(line).isTrue();
            assertThat(retry.group(1)).isEqualTo(TelegramClient.class.getName());
            assertThat(retry.group(2)).isEqualTo("Telegram");
            assertThat(retry.group(3)).isEqualTo("sendMessage");
        });
        assertThat(log).doesNotContain("TEST-TOKEN");
    }

    @Test
    void retryAfterLongerThanThePolicyAllowsFailsAtOnce() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage")))
                .willReturn(error(429, "telegram/error_429_retry_after.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.errorCode()).isEqualTo(429);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("Telegram sendMessage failed with 429: Too Many Requests: retry after 7");
        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void serverErrorThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"))
                .willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs("up")
                .willReturn(sent(42, 9)));

        assertThat(messenger().send(42, "hi").messageId()).hasValue(9);
        assertThat(listener.events).containsExactly("retrying sendMessage after attempt 1");
    }

    @Test
    void retriesExhaustedSayHowManyAttempts() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getMessage())
                .isEqualTo("Telegram sendMessage failed with 503: Service Unavailable (after 3 attempts)");
        wm.verify(exactly(3), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
        assertThat(listener.events).hasSize(2);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(error(403, "telegram/error_403_blocked.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.errorCode()).isEqualTo(403);
        assertThat(e.description()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(e.method()).isEqualTo("sendMessage");
        assertThat(e.platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.migrateToChatId()).isEmpty();
        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
        assertThat(listener.events).isEmpty();
    }

    @Test
    void connectionResetIsRetriedThenReportedWithAttempts() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TransportException e = (TransportException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.method()).isEqualTo("sendMessage");
        assertThat(e.getMessage()).startsWith("Telegram sendMessage failed: java.").endsWith("(after 3 attempts)");
        assertThat(e.getCause()).isInstanceOf(TelegramIoFailure.class);
        wm.verify(exactly(3), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void connectionResetThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("fine"));
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).inScenario("reset").whenScenarioStateIs("fine")
                .willReturn(TelegramTestSupport.ok("{\"id\":1,\"is_bot\":true,\"first_name\":\"B\",\"username\":\"b\"}")));

        assertThat(platform(wm).listener(listener).build().getMe().id()).isEqualTo(1);
        assertThat(listener.events).containsExactly("retrying getMe after attempt 1");
    }

    @Test
    void callsStartNoThreadPerRequest() {
        // sendAsync hands each completion to the CompletableFuture default executor, which starts a
        // thread per task where the common pool has fewer than 2 threads (machines with 2 cores or fewer).
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 7)));
        Messenger messenger = messenger();
        messenger.send(42, "warm-up");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        for (int i = 0; i < 50; i++) {
            messenger.send(42, "hi");
        }

        assertThat(threads.getTotalStartedThreadCount() - before).isLessThan(20);
    }

    @Test
    void readTimeoutIsATransportFailure() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 1).withFixedDelay(2_000)));
        Messenger slow = platform(wm).requestTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build()
                .messenger();

        long start = System.nanoTime();
        TransportException e = (TransportException) LEAKS.thrown(() -> slow.send(42, "hi"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("HttpTimeoutException");
    }

    @Test
    void bodyThatStallsMidResponseTimesOut() throws Exception {
        // WireMock's dribbling delays the headers too; this server sends them at once and stalls in the body.
        try (CannedServer stalled = CannedServer.holding(CannedServer.stalledJsonAnswer())) {
            Messenger slow = platform(wm).apiUrl(stalled.uri("/"))
                    .requestTimeout(Duration.ofMillis(300)).build().messenger();

            long start = System.nanoTime();
            TransportException e = (TransportException) LEAKS.thrown(() -> slow.send(42, "hi"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getCause()).asInstanceOf(type(TelegramIoFailure.class))
                    .extracting(TelegramIoFailure::originalClass).isEqualTo("java.net.http.HttpTimeoutException");
        }
    }

    @Test
    void htmlErrorPageIsRetriedThenQuoted() {
        String page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway"
                + "</h1></center>\n<hr><center>nginx/1.25.3</center>\n</body>\n</html>\n";
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(page)));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.errorCode()).isEqualTo(502);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.description()).isEqualTo("HTTP 502 with a non-JSON body: <html> <head><title>502 Bad Gateway"
                + "</title></head> <body> <center><h1>502 Bad Gateway</h1></center>…");
    }

    @Test
    void htmlPageEchoingTheUrlCutMidTokenLeaksNoPartOfTheToken() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(TelegramTestSupport.fixture(
                        "telegram/leaks/502_echoes_url.html"))));

        List<String> reasons = new CopyOnWriteArrayList<>();
        SwitchboardListener retries = new SwitchboardListener() {
            @Override
            public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
                reasons.add(reason);
            }
        };

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(
                () -> platform(wm).listener(retries).build().messenger().send(42, "hi"));

        assertThat(e.description()).isEqualTo("HTTP 502 with a non-JSON body: <html><body><h1>502 Bad Gateway</h1>"
                + "<p>upstream timed out for POST /bot<redacted>/sendMessage</p></…");
        assertThat(reasons).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("/bot<redacted>/"));
        LEAKS.record(reasons);
        LEAKS.record(e.responseBody());
    }

    @Test
    void bodyEchoingOnlyTheSecretPartIsRedacted() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(
                error(401, "telegram/leaks/401_echoes_secret_part.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.description()).isEqualTo("Unauthorized: token <redacted> was revoked");
        LEAKS.record(e.responseBody());
    }

    @Test
    void malformedErrorBodyIsNotRetriedOn4xx() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse().withStatus(404)
                .withBody("{\"ok\":false,\"error_code\":404,")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.errorCode()).isEqualTo(404);
        assertThat(e.description()).isEqualTo("HTTP 404 with a non-JSON body: {\"ok\":false,\"error_code\":404,");
        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void okStatusWithoutTheEnvelopeIsUnreadable() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(aResponse().withStatus(200)
                .withBody("<html>captive portal</html>")));

        TransportException e = (TransportException) LEAKS.thrown(() -> messenger().send(42, "hi"));

        assertThat(e.getMessage()).startsWith("Telegram sendMessage failed: unreadable response");
        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void aThrowingListenerIsIgnored() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs("up")
                .willReturn(sent(42, 3)));
        SwitchboardListener broken = new SwitchboardListener() {
            @Override
            public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
                throw new IllegalStateException("listener bug");
            }
        };

        assertThat(platform(wm).listener(broken).build().messenger().send(42, "hi", Optional.empty()).messageId())
                .hasValue(3);
    }

    @Test
    void refusedConnectionIsATransportFailure() {
        TelegramPlatform nowhere = TelegramPlatform.builder(TokenLeakCheck.TOKEN)
                .apiUrl(URI.create("http://127.0.0.1:9")).retryPolicy(TelegramTestSupport.FAST).build();

        TransportException e = (TransportException) LEAKS.thrown(nowhere::getMe);

        assertThat(e.attempts()).isEqualTo(3);
        LEAKS.record(nowhere);
    }
}
