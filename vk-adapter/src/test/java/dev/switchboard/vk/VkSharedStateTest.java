package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.vk.VkTestSupport.all;
import static dev.switchboard.vk.VkTestSupport.assertForm;
import static dev.switchboard.vk.VkTestSupport.calls;
import static dev.switchboard.vk.VkTestSupport.fixture;
import static dev.switchboard.vk.VkTestSupport.platform;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.spi.Redaction;
import dev.switchboard.core.testing.InMemorySharedState;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two VkPlatforms for one community, as two replicas would have, sharing one state. */
@ExtendWith(TokenLeakCheck.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class VkSharedStateTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final long CHAT = 2000000001L;
    private static final long GROUP = 218375169L;
    private static final Keyboard VOTE = Keyboard.inline()
            .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                    Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
            .build();
    /** One attempt, so error 6 fails at once (after halting the community). */
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);

    private final InMemorySharedState state = InMemorySharedState.create();

    @BeforeEach
    void stubs() {
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).willReturn(okJson(fixture("send_peer_ids_ok.json"))));
        wm.stubFor(post(urlPathEqualTo("/method/messages.edit")).willReturn(okJson("{\"response\":1}")));
    }

    @Test
    void twoPlatformsSharingLimitsTogetherKeepTheCommunitysRate() {
        VkPlatform a = shared(platform(wm).groupId(GROUP).rateLimits(true).requestsPerSecond(20));
        VkPlatform b = shared(platform(wm).groupId(GROUP).rateLimits(true).requestsPerSecond(20));

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sendMany(a));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> sendMany(b));
        first.join();
        second.join();

        List<Long> times = all(wm).stream().map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertThat(times).hasSize(30);
        // 20 a second with no burst: at most 11 in any half second; unshared, each would send 10 in it.
        for (long start : times) {
            assertThat(times.stream().filter(t -> t >= start && t < start + 500).count()).isLessThanOrEqualTo(13);
        }
        assertThat(times.get(29) - times.get(0)).isGreaterThanOrEqualTo(1_200);
    }

    @Test
    void error6SeenByOnePlatformHaltsTheOthersNextRequest() {
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).withRequestBody(containing("peer_ids=1&"))
                .willReturn(okJson(fixture("error_6_too_many_requests.json"))));
        VkPlatform a = shared(platform(wm).groupId(GROUP).rateLimits(true).retryPolicy(ONCE));
        VkPlatform b = shared(platform(wm).groupId(GROUP).rateLimits(true));
        thrown(VkApiException.class, () -> a.messenger().send(1, "hi"));

        long start = System.nanoTime();
        b.messenger().send(CHAT, "hi");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aMessageSentByOnePlatformIsEditedWithItsTextAndKeyboardKeptThroughAnother() {
        VkPlatform a = shared(platform(wm).groupId(GROUP));
        VkPlatform b = shared(platform(wm).groupId(GROUP));
        MessageRef sent = a.messenger().send(CHAT, "Do you like it?", VOTE);

        b.messenger().edit(sent, Optional.empty(), KeyboardChange.keep());

        assertForm(calls(wm, "messages.edit").get(0), "requests/edit_keep.json");
    }

    @Test
    void withoutSharingAnotherPlatformDoesNotKnowTheText() {
        VkPlatform a = platform(wm).groupId(GROUP).build();
        VkPlatform b = platform(wm).groupId(GROUP).build();
        MessageRef sent = a.messenger().send(CHAT, "Do you like it?", VOTE);

        thrown(IllegalStateException.class, () -> b.messenger().edit(sent, Optional.empty(), KeyboardChange.keep()));
    }

    @Test
    void twoCommunitiesSharingAStateDoNotMixUpTheirMessages() {
        VkPlatform community1 = shared(platform(wm).groupId(1));
        VkPlatform community2 = shared(platform(wm).groupId(2));
        MessageRef sent = community1.messenger().send(CHAT, "Do you like it?", VOTE);

        thrown(IllegalStateException.class,
                () -> community2.messenger().edit(sent, Optional.empty(), KeyboardChange.keep()));
    }

    @Test
    void theSourceKeyNamesTheCommunity() {
        assertThat(platform(wm).groupId(GROUP).build().sourceKey()).isEqualTo("vk-group-218375169");
    }

    @Test
    void withoutAGroupIdTheSourceKeyIsAHashThatSaysNothingOfTheToken() {
        String key = platform(wm).build().sourceKey();

        assertThat(key).matches("vk-token-[0-9a-f]{16}");
        assertThat(Redaction.redact(key, VkTestSupport.TOKEN)).isEqualTo(key);
        assertThat(platform(wm).build().sourceKey()).isEqualTo(key);
    }

    private VkPlatform shared(VkPlatform.Builder builder) {
        VkPlatform platform = builder.build();
        platform.share(state);
        return platform;
    }

    private static void sendMany(VkPlatform platform) {
        for (int i = 0; i < 15; i++) {
            platform.messenger().send(CHAT, "hi");
        }
    }
}
