package dev.switchboard.micrometer;

import static dev.switchboard.micrometer.MetricsOnFakes.count;
import static dev.switchboard.micrometer.MetricsOnFakes.timer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real bot on the fake Telegram and VK: updates, handlers, press answers and API calls counted and timed. */
class UpdatesHandlersAndAnswersTest {
    @RegisterExtension
    FakePlatforms fakes = FakePlatforms.telegramAndVk().allowingHandlerFailures();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SwitchboardMetrics metrics = SwitchboardMetrics.builder(registry).tag("bot", "shop").build();

    private Bot bot() {
        Keyboard buttons = Keyboard.inline().row(Button.callback("Save", "save"), Button.callback("Quiet", "quiet"),
                Button.callback("Twice", "twice"), Button.callback("Nobody", "nobody")).build();
        return Bot.builder()
                .platform(MetricsOnFakes.telegram(fakes, metrics).build())
                .platform(MetricsOnFakes.vk(fakes, metrics).build())
                .listener(metrics)
                .onCommand("start", (message, ctx) -> ctx.reply("Pick", buttons))
                .onCommand("boom", (message, ctx) -> {
                    throw new IllegalStateException("boom");
                })
                .onPress("save", (press, ctx) -> ctx.answer(PressAnswer.toast("Saved")))
                .onPress("quiet", (press, ctx) -> { })
                .onPress("twice", (press, ctx) -> {
                    ctx.answer(PressAnswer.toast("Once"));
                    ctx.answer(PressAnswer.toast("Twice"));
                })
                .build();
    }

    @Test
    void countsUpdatesByPlatformAndKindAndTimesEachHandlerByOutcome() throws Exception {
        fakes.run(bot(), () -> {
            fakes.telegram().user("Ira").sends("/start").presses("Save").sends("/boom");
            fakes.vk().user("Ira").sends("/start").presses("Save");
        });

        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "telegram", "kind", "message")).isEqualTo(2);
        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "telegram", "kind", "button_press"))
                .isEqualTo(1);
        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "vk", "kind", "message")).isEqualTo(1);
        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "vk", "kind", "button_press")).isEqualTo(1);
        assertThat(timer(registry, Meters.HANDLER_DURATION, "platform", "telegram", "kind", "message",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.HANDLER_DURATION, "platform", "telegram", "kind", "message",
                "outcome", "failure").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.HANDLER_DURATION, "platform", "vk", "kind", "button_press",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(count(registry, Meters.HANDLER_FAILURES, "platform", "telegram", "kind", "message",
                "exception", "IllegalStateException")).isEqualTo(1);
        assertThat(count(registry, Meters.HANDLER_FAILURES, "platform", "vk")).isZero();
    }

    @Test
    void timesEachPressFromItsArrivalToItsAnswerByAnswerKind() throws Exception {
        fakes.run(bot(), () -> List.of(fakes.telegram().user("Ira"), fakes.vk().user("Ira"))
                .forEach(ira -> ira.sends("/start").presses("Save").presses("Quiet")));

        for (String platform : List.of("telegram", "vk")) {
            assertThat(timer(registry, Meters.PRESS_ANSWER_LATENCY, "platform", platform, "answer", "toast").count())
                    .isEqualTo(1);
            assertThat(timer(registry, Meters.PRESS_ANSWER_LATENCY, "platform", platform, "answer", "none").count())
                    .isEqualTo(1);
            assertThat(timer(registry, Meters.PRESS_ANSWER_LATENCY, "platform", platform, "answer", "toast")
                    .totalTime(TimeUnit.NANOSECONDS)).isPositive();
        }
    }

    @Test
    void countsAutomaticAnswersByReasonAndLateAnswers() throws Exception {
        fakes.run(bot(), () -> {
            FakeUser ira = fakes.telegram().user("Ira").sends("/start");
            ira.presses("Quiet").presses("Nobody").presses("Twice");
        });

        assertThat(count(registry, Meters.PRESS_AUTO_ANSWERS, "platform", "telegram", "reason", "handler_returned"))
                .isEqualTo(1);
        assertThat(count(registry, Meters.PRESS_AUTO_ANSWERS, "platform", "telegram", "reason", "unmatched"))
                .isEqualTo(1);
        assertThat(count(registry, Meters.PRESS_LATE_ANSWERS, "platform", "telegram")).isEqualTo(1);
    }

    @Test
    void timesApiCallsByMethodAndOutcome() throws Exception {
        fakes.run(bot(), () -> List.of(fakes.telegram().user("Ira"), fakes.vk().user("Ira"))
                .forEach(ira -> ira.sends("/start").presses("Save")));

        assertThat(timer(registry, Meters.API_CALLS, "platform", "telegram", "method", "getMe", "outcome", "success")
                .count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "telegram", "method", "sendMessage",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "telegram", "method", "answerCallbackQuery",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "vk", "method", "groups.getById",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "vk", "method", "messages.send",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "vk", "method", "messages.sendMessageEventAnswer",
                "outcome", "success").count()).isEqualTo(1);
        assertThat(registry.find(Meters.API_CALLS).tag("method", "other").timers()).isEmpty();
    }

    @Test
    void everyMeterCarriesTheCommonTags() throws Exception {
        fakes.run(bot(), () -> fakes.telegram().user("Ira").sends("/start").presses("Save"));

        assertThat(registry.getMeters()).isNotEmpty().allSatisfy(meter -> assertThat(meter.getId().getTag("bot"))
                .as(meter.getId().getName()).isEqualTo("shop"));
        assertThat(registry.getMeters()).extracting(Meter::getId).allSatisfy(id ->
                assertThat(id.getName()).startsWith("switchboard.").matches("[a-z.]+"));
    }
}
