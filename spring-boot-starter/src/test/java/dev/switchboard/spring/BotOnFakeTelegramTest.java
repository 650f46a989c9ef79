package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeUser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The auto-configured bot on a FakeTelegram: customizers, the context's lifecycle and health. */
class BotOnFakeTelegramTest {
    private FakeTelegram telegram;
    private ApplicationContextRunner runner;

    @BeforeEach
    void openFake() {
        telegram = FakeTelegram.open();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
                .withPropertyValues("switchboard.telegram.token=123:TEST",
                        "switchboard.telegram.api-url=" + telegram.apiUrl());
    }

    @AfterEach
    void closeFake() {
        telegram.close();
    }

    @Test
    void customizersRegisterRoutesInTheirOrderSoTheFirstOneWins() {
        runner.withUserConfiguration(TwoGreetings.class).run(context -> {
            FakeUser ira = telegram.attach(context.getBean(Bot.class)).user("Ira");

            assertThat(ira.sends("/start").lastMessage().text()).isEqualTo("first");
        });
    }

    @Test
    void aTelegramPlatformBeanOfTheApplicationIsUsedWithoutAnyTokenProperty() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
                .withBean(TelegramPlatform.class, () -> TelegramPlatform.builder("123:TEST").apiUrl(telegram.apiUrl())
                        .rateLimits(false).build())
                .withBean(SwitchboardCustomizer.class, () -> bot -> bot.onCommand("start",
                        (message, ctx) -> ctx.reply("mine")))
                .run(context -> {
                    assertThat(context).hasSingleBean(TelegramPlatform.class);
                    FakeUser ira = telegram.attach(context.getBean(Bot.class)).user("Ira");

                    assertThat(ira.sends("/start").lastMessage().text()).isEqualTo("mine");
                });
    }

    @Test
    void closingTheContextLetsARunningHandlerFinishAndAnswersItsPress() throws Exception {
        Slow slow = new Slow();
        runner.withBean(Slow.class, () -> slow).withUserConfiguration(SlowPress.class).run(context -> {
            FakeUser ira = telegram.attach(context.getBean(Bot.class)).user("Ira");
            ira.sends("/start");
            telegram.detach();
            Thread presser = new Thread(() -> ira.presses("Slow"));
            presser.start();
            assertThat(slow.started.await(10, TimeUnit.SECONDS)).as("the handler started").isTrue();

            context.close();

            assertThat(slow.finished).as("the handler finished before close() returned").isTrue();
            assertThat(telegram.answers()).singleElement()
                    .satisfies(answer -> assertThat(answer.answer()).isEqualTo(PressAnswer.none()));
            presser.join(10_000);
        });
    }

    @Test
    void withAutoStartupOffTheBotIsLeftUnstarted() {
        runner.withPropertyValues("switchboard.auto-startup=false").run(context -> {
            assertThat(context.getBean(SwitchboardLifecycle.class).isRunning()).isFalse();
            assertThat(telegram.awaitPolling(Duration.ofMillis(500))).as("nobody polls the fake").isFalse();
        });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void webhookModeWithoutAWebServerWarnsThatNoUpdateWillArrive(CapturedOutput output) {
        runner.withPropertyValues("switchboard.telegram.mode=webhook", "switchboard.telegram.webhook.secret=s3cret")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(output).contains("switchboard.telegram.mode is webhook, but this application serves "
                            + "no webhook endpoint").doesNotContain("s3cret");
                });
    }

    @Test
    void healthIsUpWhilePollingAndOutOfServiceOnceStopped() {
        runner.run(context -> {
            HealthIndicator indicator = telegramHealth(context);
            telegram.attach(context.getBean(Bot.class)).user("Ira").sends("/start");

            Health up = indicator.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("mode", "long-polling").containsEntry("state", "running")
                    .containsKey("lastDelivery");

            ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();

            assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(indicator.health().getDetails()).containsEntry("state", "stopped");
        });
    }

    @Test
    void healthIsDownWithTheReasonWhenTheSourceFails() {
        // Telegram refuses getUpdates with 409 while a webhook is set: the source ends for good.
        TelegramPlatform.builder("123:TEST").apiUrl(telegram.apiUrl()).build()
                .setWebhook(URI.create("https://bot.example.com/hook"), "secret", List.of(), false);

        runner.run(context -> {
            HealthIndicator indicator = telegramHealth(context);
            await(() -> indicator.health().getStatus().equals(Status.DOWN));

            assertThat(indicator.health().getDetails()).containsEntry("state", "failed")
                    .hasEntrySatisfying("failure", reason -> assertThat(reason.toString()).contains("409"));
        });
    }

    private static HealthIndicator telegramHealth(org.springframework.context.ApplicationContext context) {
        CompositeHealthContributor switchboard = context.getBean("switchboardHealthContributor",
                CompositeHealthContributor.class);
        return (HealthIndicator) switchboard.getContributor("telegram");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoGreetings {
        @Bean
        @Order(2)
        SwitchboardCustomizer second() {
            return bot -> bot.onCommand("start", (message, ctx) -> ctx.reply("second"));
        }

        @Bean
        @Order(1)
        SwitchboardCustomizer first() {
            return bot -> bot.onCommand("start", (message, ctx) -> ctx.reply("first"));
        }
    }

    /** What the slow handler did. */
    static final class Slow {
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean finished;
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowPress {
        @Bean
        SwitchboardCustomizer slowPress(Slow slow) {
            return bot -> bot
                    .onCommand("start", (message, ctx) -> ctx.reply("Go",
                            Keyboard.inline().row(Button.callback("Slow", "slow")).build()))
                    .onPress("slow", (press, ctx) -> {
                        slow.started.countDown();
                        Thread.sleep(700);
                        slow.finished = true;
                    });
        }
    }
}
