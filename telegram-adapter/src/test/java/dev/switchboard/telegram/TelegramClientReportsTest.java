package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.switchboard.telegram.TelegramTestSupport.error;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static dev.switchboard.telegram.TelegramTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the client reports for metrics: each call once with its outcome, each 429, each wait for
 * the limits (at 2 messages a second without bursts, a second send at once waits).
 */
class TelegramClientReportsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<Duration> durations = new CopyOnWriteArrayList<>();
    private final SwitchboardListener listener = new SwitchboardListener() {
        @Override
        public void apiCalled(PlatformId platform, String method, ApiCallOutcome outcome, Duration took) {
            heard.add("called " + platform + " " + method + " " + outcome);
            durations.add(took);
        }

        @Override
        public void rateLimited(PlatformId platform, String method) {
            heard.add("rateLimited " + platform + " " + method);
        }

        @Override
        public void rateLimitWaited(PlatformId platform, String method, Duration waited) {
            heard.add("waited " + platform + " " + method);
            durations.add(waited);
        }

        @Override
        public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
            heard.add("retrying " + method);
        }
    };

    private Messenger messenger() {
        return platform(wm).listener(listener).build().messenger();
    }

    @Test
    void aCallThatSucceedsAfterA429IsReportedOnceAsASuccessAndThe429Apart() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("flood").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                + "\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("calm"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(sent(42, 8)));

        messenger().send(42, "hi");

        assertThat(heard).containsExactly("rateLimited telegram sendMessage", "retrying sendMessage",
                "called telegram sendMessage SUCCESS");
        assertThat(durations).singleElement().satisfies(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void a429LongerThanThePolicyAllowsIsARateLimitedCall() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(error(429, "telegram/error_429_retry_after.json")));

        assertThatThrownBy(() -> messenger().send(42, "hi")).isInstanceOf(TelegramApiException.class);

        assertThat(heard).containsExactly("rateLimited telegram sendMessage", "called telegram sendMessage RATE_LIMITED");
    }

    @Test
    void anErrorAnswerIsAnApiErrorAndAFailedConnectionATransportError() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(error(403, "telegram/error_403_blocked.json")));
        wm.stubFor(post(urlPathEqualTo(path("editMessageText")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Messenger messenger = messenger();

        assertThatThrownBy(() -> messenger.send(42, "hi")).isInstanceOf(TelegramApiException.class);
        assertThatThrownBy(() -> messenger.edit(dev.switchboard.core.bot.MessageRef.of(PlatformId.TELEGRAM, 42, 7),
                java.util.Optional.of("new"), dev.switchboard.core.bot.KeyboardChange.remove()))
                .isInstanceOf(TransportException.class);

        assertThat(heard).containsExactly("called telegram sendMessage API_ERROR",
                "retrying editMessageText", "retrying editMessageText", "called telegram editMessageText TRANSPORT_ERROR");
    }

    @Test
    void aSendThatWaitsForTheBotsOwnRateLimitsReportsTheWait() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 8)));
        Messenger messenger = platform(wm).rateLimits(true).messagesPerSecond(2).listener(listener).build()
                .messenger();

        messenger.send(42, "one");
        messenger.send(43, "two");

        assertThat(heard).containsExactly("called telegram sendMessage SUCCESS", "waited telegram sendMessage",
                "called telegram sendMessage SUCCESS");
        assertThat(durations.get(1)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(durations.get(2)).isGreaterThanOrEqualTo(durations.get(1));
    }
}
