package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static dev.switchboard.telegram.TelegramTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Spacing before the wire, measured around the calls. */
class TelegramRateLimitsTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void stub() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 7)));
        wm.stubFor(post(urlPathEqualTo(path("answerCallbackQuery"))).willReturn(ok("true")));
    }

    @Test
    void spacesSendsToOneChat() {
        Messenger messenger = platform(wm).rateLimits(true).perChatPerSecond(5).build().messenger();

        Duration took = time(() -> {
            for (int i = 0; i < 4; i++) {
                messenger.send(42, "hi");
            }
        });

        // A burst of 2, then one every 200 ms.
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    @Test
    void differentChatsAreNotSlowedByEachOther() {
        Messenger messenger = platform(wm).rateLimits(true).perChatPerSecond(1).build().messenger();

        Duration took = time(() -> {
            for (int chat = 1; chat <= 5; chat++) {
                messenger.send(chat, "hi");
            }
        });

        assertThat(took).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void overallLimitSpacesSendsToManyChats() {
        Messenger messenger = platform(wm).rateLimits(true).messagesPerSecond(10).build().messenger();

        Duration took = time(() -> {
            for (int chat = 1; chat <= 4; chat++) {
                messenger.send(chat, "hi");
            }
        });

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(280));
    }

    @Test
    void groupsAlsoHaveAPerMinuteLimit() {
        Messenger messenger = platform(wm).rateLimits(true).perChatPerSecond(100).perGroupPerMinute(300).build()
                .messenger();

        Duration group = time(() -> {
            for (int i = 0; i < 3; i++) {
                messenger.send(-100123, "hi");
            }
        });
        Duration user = time(() -> {
            for (int i = 0; i < 3; i++) {
                messenger.send(123, "hi");
            }
        });

        assertThat(group).isGreaterThanOrEqualTo(Duration.ofMillis(380));
        assertThat(user).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void answersAreNotRateLimited() {
        Messenger messenger = platform(wm).rateLimits(true).messagesPerSecond(1).perChatPerSecond(1).build()
                .messenger();
        ButtonPress press = (ButtonPress) TelegramPlatform.updates()
                .read(TelegramTestSupport.fixture("telegram/callback_query.json"));

        Duration took = time(() -> {
            for (int i = 0; i < 4; i++) {
                messenger.answer(press, PressAnswer.none());
            }
        });

        assertThat(took).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void turnedOffMeansNoWaiting() {
        Messenger messenger = platform(wm).rateLimits(false).perChatPerSecond(1).build().messenger();

        Duration took = time(() -> {
            for (int i = 0; i < 4; i++) {
                messenger.send(42, "hi");
            }
        });

        assertThat(took).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void otherMethodsPassAtOnce() {
        TelegramRateLimits limits = new TelegramRateLimits("telegram-1", 1, 1, 1, SendLimits.inMemory());

        Duration took = time(() -> {
            for (int i = 0; i < 5; i++) {
                assertThat(limits.tryAcquire(limits.limits("getUpdates", OptionalLong.of(42)))).isZero();
            }
        });

        assertThat(took).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void aPrivateChatCountsAgainstItsChatAndTheBot() {
        TelegramRateLimits limits = new TelegramRateLimits("telegram-123456", 30, 1, 20, SendLimits.inMemory());

        assertThat(limits.limits("sendMessage", OptionalLong.of(42))).containsExactly(
                new RateLimit("telegram-123456:chat:42", 1, Duration.ofSeconds(1), 2),
                new RateLimit("telegram-123456", 30, Duration.ofSeconds(1), 1));
    }

    @Test
    void aGroupCountsAgainstItsChatItsGroupAndTheBot() {
        TelegramRateLimits limits = new TelegramRateLimits("telegram-123456", 30, 1, 20, SendLimits.inMemory());

        assertThat(limits.limits("editMessageText", OptionalLong.of(-100123))).containsExactly(
                new RateLimit("telegram-123456:chat:-100123", 1, Duration.ofSeconds(1), 2),
                new RateLimit("telegram-123456:group:-100123", 20, Duration.ofMinutes(1), 1),
                new RateLimit("telegram-123456", 30, Duration.ofSeconds(1), 1));
    }

    @Test
    void anInlineMessageCountsOnlyAgainstTheBot() {
        TelegramRateLimits limits = new TelegramRateLimits("telegram-123456", 30, 1, 20, SendLimits.inMemory());

        assertThat(limits.limits("editMessageReplyMarkup", OptionalLong.empty())).containsExactly(
                new RateLimit("telegram-123456", 30, Duration.ofSeconds(1), 1));
        assertThat(limits.limits("answerCallbackQuery", OptionalLong.of(42))).isEmpty();
    }

    @Test
    void aFractionalRateBecomesOnePermitPerInterval() {
        TelegramRateLimits limits = new TelegramRateLimits("telegram-1", 2.5, 0.5, 1.5, SendLimits.inMemory());

        assertThat(limits.limits("sendMessage", OptionalLong.of(-5))).containsExactly(
                new RateLimit("telegram-1:chat:-5", 1, Duration.ofSeconds(2), 2),
                new RateLimit("telegram-1:group:-5", 1, Duration.ofSeconds(40), 1),
                new RateLimit("telegram-1", 1, Duration.ofMillis(400), 1));
    }

    private static Duration time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
