package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.bot.Bot;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's action returns only when the bot has handled it, and says clearly when it does not. */
class ActionSyncTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private FakeUser user(String platform) {
        return platform.equals("telegram") ? fakes.telegram().user("Ira") : fakes.vk().user("Ira");
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void anActionReturnsOnlyAfterASlowHandlerFinished(String platform) throws Exception {
        Bot bot = new ScriptedBot(fakes.platforms(), 400).bot;
        fakes.run(bot, () -> {
            long started = System.nanoTime();
            FakeUser ira = user(platform).sends("/slow");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(ira.lastMessage().text()).isEqualTo("done slowly");
        });
    }

    @Test
    void withoutAPollingBotAnActionFailsNamingTheUpdateAndTheLikelyCause() {
        FakeUser ira = fakes.telegram().actionTimeout(Duration.ofMillis(200)).user("Ira");

        assertThatThrownBy(() -> ira.sends("/start")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Telegram update 1 (Ira sends \"/start\") was not taken from the FakeTelegram"
                        + " within 200 ms: is a bot started and polling this fake");
    }

    @Test
    void withoutAPollingBotAVkActionFailsNamingTheEvent() {
        FakeUser ira = fakes.vk().actionTimeout(Duration.ofMillis(200)).user("Ira");

        assertThatThrownBy(ira::blocks).isInstanceOf(AssertionError.class)
                .hasMessageContaining("(Ira blocks the bot (message_deny)) was not taken from the FakeVk within 200 ms");
    }

    @Test
    void aHandlerSlowerThanTheTimeoutFailsTheActionAsNotIdle() throws Exception {
        Bot bot = new ScriptedBot(fakes.platforms(), 1_500).bot;
        fakes.telegram().actionTimeout(Duration.ofMillis(500));
        fakes.run(bot, () -> assertThatThrownBy(() -> fakes.telegram().user("Ira").sends("/slow"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("took Telegram update 1 (Ira sends \"/slow\") but was not idle within 500 ms"));
    }

    @Test
    void withoutAnAttachedBotAnActionWaitsForDeliveryOnly() throws Exception {
        FakeTelegram telegram = fakes.telegram();
        Thread poller = new Thread(() -> {
            try {
                new RawTelegram(telegram.apiUrl()).call("getUpdates", "{\"timeout\":5}");
                new RawTelegram(telegram.apiUrl()).call("getUpdates", "{\"offset\":2,\"timeout\":0}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        poller.start();
        assertThat(telegram.awaitPolling(Duration.ofSeconds(5))).isTrue();

        telegram.user("Ira").sends("hello");

        assertThat(telegram.pendingUpdates()).isEmpty();
        poller.join(5_000);
    }
}
