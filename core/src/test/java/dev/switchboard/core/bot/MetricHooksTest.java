package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.message;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The listener calls made for metrics: each fires once, at the right point, with the right arguments. */
class MetricHooksTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final SwitchboardListener listener = new SwitchboardListener() {
        @Override
        public void updateReceived(Update update) {
            heard.add("received " + update.platform() + " " + update.kind());
        }

        @Override
        public void updateDuplicate(Update update) {
            heard.add("duplicate " + update.kind());
        }

        @Override
        public void handlerFinished(Update update, Duration took, boolean failed) {
            heard.add("finished " + update.kind() + " in " + took + (failed ? " failed" : " ok"));
        }

        @Override
        public void handlerFailed(Update update, Exception error) {
            heard.add("failed " + error.getMessage());
        }

        @Override
        public void pressAnswered(ButtonPress press, PressAnswer answer, Duration latency) {
            heard.add("answered " + press.pressId() + " " + answer.kind() + " after " + latency);
        }

        @Override
        public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
            heard.add("auto " + press.pressId() + " " + reason);
        }

        @Override
        public void keyboardRejected(PlatformId platform, ValidationReport report) {
            heard.add("keyboardRejected " + platform + " "
                    + report.errors().stream().map(Violation::code).distinct().toList());
        }
    };

    @Test
    void everyUpdateHandedToTheBotIsReceivedOnceRepeatsIncluded() {
        Bot bot = Updates.bot(clock, telegram).listener(listener).onMessage(m -> true, (m, ctx) -> { }).build();
        MessageReceived hello = message("hello");

        bot.dispatch(hello);
        bot.dispatch(hello);

        assertThat(heard).filteredOn(e -> !e.startsWith("finished"))
                .containsExactly("received telegram MESSAGE", "received telegram MESSAGE", "duplicate MESSAGE");
    }

    @Test
    void aHandlerIsTimedOnTheBotsClockAndReportedOnceWhetherItReturnsOrThrows() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onCommand("slow", (m, ctx) -> clock.advance(Duration.ofSeconds(3)))
                .onCommand("boom", (m, ctx) -> {
                    clock.advance(Duration.ofMillis(250));
                    throw new IllegalStateException("boom");
                })
                .build();

        bot.dispatch(message("/slow"));
        bot.dispatch(message("/boom"));

        assertThat(heard).filteredOn(e -> !e.startsWith("received")).containsExactly(
                "finished MESSAGE in PT3S ok", "failed boom", "finished MESSAGE in PT0.25S failed");
    }

    @Test
    void aPressAnswerIsReportedOnceWithItsLatencySinceTheRuntimeTookThePress() {
        Bot bot = Updates.bot(clock, telegram).listener(listener)
                .onPress("save", (p, ctx) -> {
                    clock.advance(Duration.ofSeconds(2));
                    ctx.answer(PressAnswer.toast("Saved"));
                    clock.advance(Duration.ofSeconds(5));
                })
                .onPress("quiet", (p, ctx) -> clock.advance(Duration.ofSeconds(1)))
                .build();

        bot.dispatch(press("q1", "save"));
        bot.dispatch(press("q2", "quiet"));
        bot.dispatch(press("q3", "nobody"));

        assertThat(heard).filteredOn(e -> e.startsWith("answered") || e.startsWith("auto")).containsExactly(
                "answered q1 TOAST after PT2S",
                "answered q2 NONE after PT1S", "auto q2 HANDLER_RETURNED",
                "answered q3 NONE after PT0S", "auto q3 UNMATCHED");
    }

    @Test
    void aKeyboardThePlatformWouldRejectIsReportedOnceAndItsExceptionStillReachesTheHandler() {
        FakePlatform strict = FakePlatform.telegramLimitedTo(8);
        List<Exception> thrown = new CopyOnWriteArrayList<>();
        Bot bot = Updates.bot(clock, strict).listener(listener)
                .onCommand("start", (m, ctx) -> {
                    try {
                        ctx.reply("Pick", Keyboard.inline().row(Button.callback("Long", "x".repeat(9))).build());
                    } catch (KeyboardRejectedException e) {
                        thrown.add(e);
                    }
                })
                .build();

        bot.dispatch(message("/start"));

        assertThat(thrown).hasSize(1);
        assertThat(heard).filteredOn(e -> e.startsWith("keyboardRejected"))
                .containsExactly("keyboardRejected telegram [" + ViolationCode.PAYLOAD_TOO_LONG + "]");
        assertThat(strict.messenger.sent).isEmpty();
    }

    @Test
    void aRejectedEditIsReportedToo() {
        FakePlatform strict = FakePlatform.telegramLimitedTo(8);
        Bot bot = Updates.bot(clock, strict).listener(listener).build();
        Messenger messenger = bot.messenger(PlatformId.TELEGRAM);

        assertThatThrownBy(() -> messenger.edit(MessageRefs.telegram(70, 700), java.util.Optional.empty(),
                KeyboardChange.replace(Keyboard.inline().row(Button.callback("Long", "y".repeat(9))).build())))
                .isInstanceOf(KeyboardRejectedException.class);

        assertThat(heard).containsExactly("keyboardRejected telegram [" + ViolationCode.PAYLOAD_TOO_LONG + "]");
    }

    /** Message references for tests. */
    private static final class MessageRefs {
        static MessageRef telegram(long chatId, long messageId) {
            return MessageRef.of(PlatformId.TELEGRAM, chatId, messageId);
        }
    }
}
