package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.telegram.TelegramTestSupport.error;
import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static dev.switchboard.telegram.TelegramTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two TelegramPlatforms for one bot, as two replicas would have, sharing one state. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TelegramSharedStateTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** One attempt, so a 429 fails at once (after halting the bot). */
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(2));

    private final InMemorySharedState state = InMemorySharedState.create();

    @BeforeEach
    void stub() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 7)));
        wm.stubFor(post(urlPathEqualTo(path("editMessageText"))).willReturn(ok("true")));
    }

    @Test
    void twoPlatformsSharingLimitsTogetherKeepTheBotWideRate() {
        TelegramPlatform a = shared(platform(wm).rateLimits(true).messagesPerSecond(20));
        TelegramPlatform b = shared(platform(wm).rateLimits(true).messagesPerSecond(20));

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sendToManyChats(a, 1_000));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> sendToManyChats(b, 2_000));
        first.join();
        second.join();

        List<Long> times = wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertThat(times).hasSize(30);
        // 20 a second with no burst: at most 11 in any half second; unshared, each would send 10 in it.
        for (long start : times) {
            assertThat(times.stream().filter(t -> t >= start && t < start + 500).count()).isLessThanOrEqualTo(13);
        }
        assertThat(times.get(29) - times.get(0)).isGreaterThanOrEqualTo(1_200);
    }

    @Test
    void a429SeenByOnePlatformHaltsTheOthersNextSend() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).withRequestBody(matchingJsonPath("$.chat_id", equalTo("1")))
                .willReturn(error(429, "telegram/error_429_retry_after_1.json")));
        TelegramPlatform a = shared(platform(wm).rateLimits(true).retryPolicy(ONCE));
        TelegramPlatform b = shared(platform(wm).rateLimits(true));
        LEAKS.thrown(() -> a.messenger().send(1, "hi"));

        long start = System.nanoTime();
        b.messenger().send(2, "hi");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aHaltLongerThanTheRetryPolicyAllowsFailsTheOthersSendAtOnceWithItsRetryAfter() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).withRequestBody(matchingJsonPath("$.chat_id", equalTo("1")))
                .willReturn(error(429, "telegram/error_429_retry_after.json")));
        TelegramPlatform a = shared(platform(wm).rateLimits(true).retryPolicy(ONCE));
        TelegramPlatform b = shared(platform(wm).rateLimits(true));
        LEAKS.thrown(() -> a.messenger().send(1, "hi"));

        Throwable e = LEAKS.thrown(() -> b.messenger().send(2, "hi"));

        assertThat(e).isInstanceOf(TelegramApiException.class);
        TelegramApiException halted = (TelegramApiException) e;
        assertThat(halted.errorCode()).isEqualTo(429);
        assertThat(halted.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isBetween(
                Duration.ofSeconds(6), Duration.ofSeconds(7)));
        wm.verify(0, postRequestedFor(urlPathEqualTo(path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("2"))));
    }

    @Test
    void withoutSharingA429HaltsOnlyItsOwnPlatform() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).withRequestBody(matchingJsonPath("$.chat_id", equalTo("1")))
                .willReturn(error(429, "telegram/error_429_retry_after.json")));
        TelegramPlatform a = platform(wm).rateLimits(true).retryPolicy(ONCE).build();
        TelegramPlatform b = platform(wm).rateLimits(true).build();
        LEAKS.thrown(() -> a.messenger().send(1, "hi"));

        b.messenger().send(2, "hi");

        assertThat(LEAKS.thrown(() -> a.messenger().send(3, "hi"))).isInstanceOf(TelegramApiException.class);
    }

    @Test
    void aMessageSentByOnePlatformIsEditedWithItsKeyboardKeptThroughAnother() {
        TelegramPlatform a = shared(platform(wm));
        TelegramPlatform b = shared(platform(wm));
        MessageRef message = a.messenger().send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        b.messenger().edit(message, Optional.of("Counted"), KeyboardChange.keep());

        wm.verify(postRequestedFor(urlPathEqualTo(path("editMessageText")))
                .withRequestBody(equalToJson(fixture("telegram/requests/edit_text_keep.json"))));
    }

    @Test
    void withoutSharingAnotherPlatformDoesNotKnowTheKeyboard() {
        TelegramPlatform a = platform(wm).build();
        TelegramPlatform b = platform(wm).build();
        MessageRef message = a.messenger().send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        assertThat(LEAKS.thrown(() -> b.messenger().edit(message, Optional.of("Counted"), KeyboardChange.keep())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyboardRemovedThroughOnePlatformIsNotKeptThroughAnother() {
        TelegramPlatform a = shared(platform(wm));
        TelegramPlatform b = shared(platform(wm));
        wm.stubFor(post(urlPathEqualTo(path("editMessageReplyMarkup"))).willReturn(ok("true")));
        MessageRef message = a.messenger().send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());
        a.messenger().edit(message, Optional.empty(), KeyboardChange.remove());

        assertThat(LEAKS.thrown(() -> b.messenger().edit(message, Optional.of("Counted"), KeyboardChange.keep())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoBotsSharingAStateDoNotMixUpTheirMessages() {
        TelegramPlatform bot1 = shared(TelegramPlatform.builder("111:" + TokenLeakCheck.TOKEN.substring(7))
                .apiUrl(java.net.URI.create(wm.baseUrl())).rateLimits(false));
        wm.stubFor(post(urlPathEqualTo("/bot111:" + TokenLeakCheck.TOKEN.substring(7) + "/sendMessage"))
                .willReturn(sent(42, 7)));
        TelegramPlatform bot2 = shared(platform(wm));
        bot1.messenger().send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        assertThat(LEAKS.thrown(() -> bot2.messenger().edit(MessageRef.of(PlatformId.TELEGRAM, 42, 7),
                Optional.of("Counted"), KeyboardChange.keep()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSourceKeyIsTheBotIdFromTheToken() {
        assertThat(platform(wm).build().sourceKey()).isEqualTo("telegram-123456");
    }

    @Test
    void aTokenWithoutABotIdGivesAHashThatSaysNothingOfIt() {
        String key = TelegramPlatform.builder("not-a-bot-token").build().sourceKey();

        assertThat(key).matches("telegram-[0-9a-f]{16}").doesNotContain("not-a-bot");
    }

    private TelegramPlatform shared(TelegramPlatform.Builder builder) {
        TelegramPlatform platform = builder.build();
        platform.share(state);
        return platform;
    }

    private static void sendToManyChats(TelegramPlatform platform, long firstChat) {
        for (int i = 0; i < 15; i++) {
            platform.messenger().send(firstChat + i, "hi");
        }
    }
}
