package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A handler that throws fails the test at the action that caused it, unless the test allows it. */
class HandlerFailuresTest {
    /** Six buttons in a row: Telegram takes up to 8, VK's inline keyboards 5. */
    private static final Keyboard SIX_WIDE = Keyboard.inline().row(Button.callback("1", "n:1"),
            Button.callback("2", "n:2"), Button.callback("3", "n:3"), Button.callback("4", "n:4"),
            Button.callback("5", "n:5"), Button.callback("6", "n:6")).build();
    private static final IllegalStateException BOOM = new IllegalStateException("boom");

    private static Bot bot(FakePlatforms fakes) {
        return Bot.builder().platforms(fakes.platforms())
                .onCommand("boom", (message, ctx) -> {
                    throw BOOM;
                })
                .onText("boom", (message, ctx) -> {
                    throw BOOM;
                })
                .onCommand("numbers", (message, ctx) -> ctx.reply("Pick", SIX_WIDE))
                .build();
    }

    @Test
    void aHandlerThatThrowsFailsTheActionThatCausedItNamingThePlatformAndTheUpdate() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            fakes.run(bot(fakes), () -> {
                FakeUser ira = fakes.telegram().user("Ira");
                assertThatThrownBy(() -> ira.sends("/boom")).isInstanceOf(AssertionError.class)
                        .hasMessageStartingWith("a handler failed on Telegram message update ")
                        .hasMessageContaining("(\"/boom\")")
                        .hasMessageContaining("FakePlatforms.telegramAndVk().allowingHandlerFailures()")
                        .hasCause(BOOM);
            });
        }
    }

    @Test
    void aKeyboardThatFitsTelegramButNotVkFailsTheTestOnVk() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().start()) {
            fakes.run(bot(fakes), () -> {
                assertThat(fakes.telegram().user("Ira").sends("/numbers").lastKeyboard()).isPresent();
                assertThatThrownBy(() -> fakes.vk().user("Ira").sends("/numbers")).isInstanceOf(AssertionError.class)
                        .hasMessageStartingWith("a handler failed on VK message update ")
                        .hasCauseInstanceOf(KeyboardRejectedException.class);
            });
        }
    }

    @Test
    void aFailureNoActionReportedFailsClosingTheRunningBot() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramOnly().start()) {
            FakePlatforms.Running running = fakes.start(bot(fakes));
            running.bot().dispatch(message("boom"));
            assertThat(running.bot().awaitIdle(Duration.ofSeconds(10))).isTrue();

            assertThatThrownBy(running::close).isInstanceOf(AssertionError.class).hasCause(BOOM);
        }
    }

    @Test
    void aFailureNoActionReportedFailsTheTestAtItsEnd() throws Exception {
        FakePlatforms fakes = FakePlatforms.telegramOnly();
        fakes.beforeEach(null);
        Bot bot = fakes.start(bot(fakes)).bot();
        bot.dispatch(message("boom"));
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        bot.stop();

        assertThatThrownBy(() -> fakes.afterEach(null)).isInstanceOf(AssertionError.class).hasCause(BOOM);
    }

    @Test
    void allowingHandlerFailuresLetsTheTestGoOnAndListsThem() throws Exception {
        try (FakePlatforms fakes = FakePlatforms.telegramAndVk().allowingHandlerFailures().start()) {
            fakes.run(bot(fakes), () -> {
                fakes.telegram().user("Ira").sends("/boom");
                fakes.vk().user("Ira").sends("/numbers");
            });

            assertThat(fakes.handlerFailures()).hasSize(2).first().isSameAs(BOOM);
            assertThat(fakes.handlerFailures().get(1)).isInstanceOf(KeyboardRejectedException.class);
        }
    }

    private static MessageReceived message(String text) {
        return new MessageReceived(PlatformId.TELEGRAM, Optional.of("1"), OptionalLong.of(7), 7, 1, text,
                Optional.empty(), Optional.empty(), RawJson.of("{}"));
    }
}
