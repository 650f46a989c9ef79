package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FakePlatforms standalone and as a JUnit 5 extension. */
class FakePlatformsTest {
    @Test
    void standaloneStartGivesFakesAndRealPlatformsCloseStopsThemAndARestartIsFresh() {
        FakePlatforms fakes = FakePlatforms.telegramAndVk().start();
        URI first = fakes.telegram().apiUrl();
        assertThat(fakes.platforms()).extracting(BotPlatform::id).containsExactly(PlatformId.TELEGRAM, PlatformId.VK);
        assertThat(fakes.platforms()).element(0).isInstanceOf(TelegramPlatform.class).isSameAs(fakes.telegramPlatform());
        assertThat(fakes.platforms()).element(1).isInstanceOf(VkPlatform.class).isSameAs(fakes.vkPlatform());
        assertThat(fakes.telegramPlatform().getMe().id()).isEqualTo(123);

        fakes.close();
        assertThatThrownBy(fakes::telegram).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");

        fakes.start();
        try {
            assertThat(fakes.telegram().apiUrl()).isNotEqualTo(first);
            assertThat(fakes.stats()).isEqualTo(new FakeStats(0, 0, 0, 0, 0, 0, 0));
        } finally {
            fakes.close();
        }
    }

    @Test
    void theFakesAnswerTheStartUpAccessChecksAndFakeVkRefusesAnotherCommunity() {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            fakes.telegramPlatform().checkAccess();
            fakes.vkPlatform().checkAccess();

            VkPlatform otherGroup = VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID + 1)
                    .apiUrl(fakes.vk().apiUrl()).rateLimits(false).build();
            assertThatThrownBy(otherGroup::checkAccess).isInstanceOf(dev.switchboard.vk.VkApiException.class)
                    .hasMessageContaining("groups.getById");
        }
    }

    @Test
    void aPlatformNotConfiguredIsRefusedNamingTheFactory() {
        try (FakePlatforms vkOnly = FakePlatforms.vkOnly().start();
             FakePlatforms telegramOnly = FakePlatforms.telegramOnly().start()) {
            assertThatThrownBy(vkOnly::telegram).isInstanceOf(IllegalStateException.class)
                    .hasMessage("these FakePlatforms have no Telegram: they were made with vkOnly()");
            assertThatThrownBy(telegramOnly::vkPlatform).isInstanceOf(IllegalStateException.class)
                    .hasMessage("these FakePlatforms have no VK: they were made with telegramOnly()");
            assertThat(vkOnly.platforms()).extracting(BotPlatform::id).containsExactly(PlatformId.VK);
            assertThat(telegramOnly.platforms()).extracting(BotPlatform::id).containsExactly(PlatformId.TELEGRAM);
        }
    }

    @Test
    void runStopsTheBotAndDetachesWhenTheScriptThrowsAndTheExceptionPropagatesUnchanged() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
            IOException boom = new IOException("boom");

            assertThatThrownBy(() -> fakes.run(bot, () -> {
                fakes.telegram().user("Ira").sends("/start");
                throw boom;
            })).isSameAs(boom);

            fakes.telegram().actionTimeout(Duration.ofMillis(300));
            assertThatThrownBy(() -> fakes.telegram().user("Oleg").sends("/start"))
                    .as("nobody polls any more").isInstanceOf(AssertionError.class).hasMessageContaining("was not taken");
        }
    }

    @Test
    void theSameFakesServeSeveralBotsOneAfterAnother() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            for (int round = 1; round <= 3; round++) {
                fakes.run(new ScriptedBot(fakes.platforms(), 0).bot, () -> {
                    fakes.telegram().user("Ira").sends("/start").presses("Yes");
                    fakes.vk().user("Ira").sends("/start").presses("No");
                });
            }
            assertThat(fakes.stats().pressesMade()).isEqualTo(6);
            assertThat(fakes.stats().allPressesAnsweredInTime()).isTrue();
        }
    }

    @Test
    void startWithABotReturnsAHandleThatStopsIt() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.vkOnly().start()) {
            Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
            try (FakePlatforms.Running running = fakes.start(bot)) {
                assertThat(running.bot()).isSameAs(bot);
                assertThat(fakes.vk().user("Ira").sends("/start").lastMessage().text()).isEqualTo("Do you like it?");
            }
            fakes.vk().actionTimeout(Duration.ofMillis(300));
            assertThatThrownBy(() -> fakes.vk().user("Oleg").sends("/start")).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aBotOnOnePlatformRunsOnBothFakesWithoutWaitingForTheOther() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            fakes.vk().actionTimeout(Duration.ofMillis(300));
            Bot telegramOnly = new ScriptedBot(List.of(fakes.telegramPlatform()), 0).bot;

            fakes.run(telegramOnly, () -> fakes.telegram().user("Ira").sends("/start").presses("Yes"));

            assertThat(fakes.telegram().stats().pressesAnsweredInTime()).isEqualTo(1);
        }
    }

    @Test
    void aBotNotBuiltOnTheFakesFailsToStartWithAHint() {
        try (FakePlatforms fakes = FakePlatforms.telegramOnly().start();
             FakePlatforms other = FakePlatforms.telegramOnly().start()) {
            fakes.telegram().actionTimeout(Duration.ofMillis(500));
            Bot elsewhere = new ScriptedBot(other.platforms(), 0).bot;

            assertThatThrownBy(() -> fakes.run(elsewhere, () -> { })).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("did not call getUpdates on the FakeTelegram within 500 ms");
        }
    }

    /** The extension: each test gets fresh, started fakes, whatever order the tests run in. */
    @Nested
    class AsAnExtension {
        @RegisterExtension
        final FakePlatforms fakes = FakePlatforms.telegramAndVk();

        @Test
        void firstTestSeesFreshFakes() throws Exception {
            assertFreshAndUse();
        }

        @Test
        void secondTestSeesFreshFakes() throws Exception {
            assertFreshAndUse();
        }

        private void assertFreshAndUse() throws Exception {
            assertThat(fakes.stats()).isEqualTo(new FakeStats(0, 0, 0, 0, 0, 0, 0));
            fakes.run(new ScriptedBot(fakes.platforms(), 0).bot, () -> fakes.vk().user("Ira").sends("/start"));
            assertThat(fakes.stats().messagesSent()).isEqualTo(1);
        }
    }
}
