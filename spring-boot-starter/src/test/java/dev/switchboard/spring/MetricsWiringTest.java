package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.micrometer.SwitchboardMetrics;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With switchboard-micrometer and a MeterRegistry, the starter binds the meters to the bot and its platforms. */
class MetricsWiringTest {
    private FakeTelegram telegram;
    private ApplicationContextRunner runner;

    @BeforeEach
    void openFake() {
        telegram = FakeTelegram.open();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
                .withPropertyValues("switchboard.telegram.token=123:TEST",
                        "switchboard.telegram.api-url=" + telegram.apiUrl())
                .withBean(SwitchboardCustomizer.class, () -> bot -> bot
                        .onCommand("start", (message, ctx) -> ctx.reply("Press",
                                Keyboard.inline().row(Button.callback("Go", "go")).build()))
                        .onPress("go", (press, ctx) -> ctx.answer(PressAnswer.toast("went"))));
    }

    @AfterEach
    void closeFake() {
        telegram.close();
    }

    @Test
    void aMeterRegistryGetsTheBotsAndThePlatformsMeters() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(SwitchboardMetrics.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            FakeUser ira = telegram.attach(context.getBean(Bot.class)).user("Ira");

            ira.sends("/start");
            ira.presses("Go");

            assertThat(registry.get("switchboard.updates.received").tag("platform", "telegram").counters())
                    .as("the bot's listener").isNotEmpty()
                    .allSatisfy(counter -> assertThat(counter.count()).isPositive());
            assertThat(registry.get("switchboard.api.calls").tag("platform", "telegram")
                    .tag("method", "answerCallbackQuery").timers())
                    .as("the platform's listener").singleElement()
                    .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
        });
    }

    @Test
    void withoutAMeterRegistryThereAreNoMeters() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SwitchboardMetrics.class));
    }
}
