package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.vk.VkTestSupport.fixture;
import static dev.switchboard.vk.VkTestSupport.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client reports for metrics: each call once with its outcome, each error 6 or 9, each wait for the limit. */
class VkClientReportsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SEND = "/method/messages.send";
    private static final long CHAT = 2000000001L;

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
    void aCallThatSucceedsAfterErrors6And9IsReportedOnceAsASuccessAndEachRefusalApart() {
        wm.stubFor(post(urlPathEqualTo(SEND)).inScenario("flood").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("flood").willReturn(okJson(fixture("error_6_too_many_requests.json"))));
        wm.stubFor(post(urlPathEqualTo(SEND)).inScenario("flood").whenScenarioStateIs("flood")
                .willSetStateTo("calm").willReturn(okJson(fixture("error_9_flood_control.json"))));
        wm.stubFor(post(urlPathEqualTo(SEND)).inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(okJson(fixture("send_peer_ids_ok.json"))));

        messenger().send(CHAT, "hi");

        assertThat(heard).containsExactly("rateLimited vk messages.send", "retrying messages.send",
                "rateLimited vk messages.send", "retrying messages.send", "called vk messages.send SUCCESS");
    }

    @Test
    void retriesRunningOutOnError6IsARateLimitedCall() {
        wm.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(fixture("error_6_too_many_requests.json"))));

        assertThatThrownBy(() -> messenger().send(CHAT, "hi")).isInstanceOf(VkApiException.class);

        assertThat(heard).endsWith("called vk messages.send RATE_LIMITED").filteredOn(e -> e.startsWith("rateLimited"))
                .hasSize(3);
    }

    @Test
    void anErrorAnswerIsAnApiErrorAndAFailedConnectionATransportError() {
        wm.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(fixture("error_901_no_permission.json"))));
        wm.stubFor(post(urlPathEqualTo("/method/messages.edit"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Messenger messenger = messenger();

        assertThatThrownBy(() -> messenger.send(CHAT, "hi")).isInstanceOf(VkApiException.class);
        assertThatThrownBy(() -> messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 7), Optional.of("new"),
                KeyboardChange.remove())).isInstanceOf(TransportException.class);

        assertThat(heard).containsExactly("called vk messages.send API_ERROR",
                "retrying messages.edit", "retrying messages.edit", "called vk messages.edit TRANSPORT_ERROR");
    }

    @Test
    void aCallThatWaitsForTheCommunitysRateLimitReportsTheWait() {
        wm.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(fixture("send_peer_ids_ok.json"))));
        Messenger messenger = platform(wm).rateLimits(true).requestsPerSecond(0.5).listener(listener).build()
                .messenger();

        messenger.send(CHAT, "one");
        messenger.send(CHAT, "two");

        assertThat(heard).containsExactly("called vk messages.send SUCCESS", "waited vk messages.send",
                "called vk messages.send SUCCESS");
        assertThat(durations.get(1)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(durations.get(2)).isGreaterThanOrEqualTo(durations.get(1));
    }
}
