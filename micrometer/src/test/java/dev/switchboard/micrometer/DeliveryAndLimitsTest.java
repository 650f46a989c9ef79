package dev.switchboard.micrometer;

import static dev.switchboard.micrometer.MetricsOnFakes.count;
import static dev.switchboard.micrometer.MetricsOnFakes.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real bot on the fakes: skipped, repeated and refused updates, saturation, retries, 429s, waits, bad keyboards. */
class DeliveryAndLimitsTest {
    @RegisterExtension
    FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SwitchboardMetrics metrics = SwitchboardMetrics.bind(registry);

    @Test
    void countsAnUnreadableUpdateAsSkipped() throws Exception {
        Bot bot = Bot.builder().platform(MetricsOnFakes.telegram(fakes, metrics).build()).listener(metrics)
                .onCommand("start", (message, ctx) -> ctx.reply("Hi")).build();

        fakes.run(bot, () -> {
            fakes.telegram().enqueue("{\"message\":{\"message_id\":\"not a number\",\"chat\":7}}");
            fakes.telegram().user("Ira").sends("/start");
        });

        assertThat(count(registry, Meters.UPDATES_SKIPPED, "platform", "telegram")).isEqualTo(1);
        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "telegram", "kind", "message")).isEqualTo(1);
    }

    @Test
    void countsRefusedAndRepeatedUpdatesAndTheSaturationEpisode() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Bot bot = Bot.builder().platform(MetricsOnFakes.telegram(fakes, metrics).build()).listener(metrics)
                .handlerThreads(1).handlerQueue(1)
                .onMessage(message -> true, (message, ctx) -> release.await(10, TimeUnit.SECONDS))
                .build();
        MessageReceived first = message("u1", 1);

        bot.offer(first);
        bot.offer(message("u2", 2));
        assertThatThrownBy(() -> bot.offer(message("u3", 3))).isInstanceOf(UpdateRefusedException.class);
        assertThat(registry.get(Meters.HANDLERS_SATURATED_ACTIVE).gauge().value()).isEqualTo(1);
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        bot.offer(first);
        bot.stop();

        assertThat(count(registry, Meters.UPDATES_RECEIVED, "platform", "telegram", "kind", "message")).isEqualTo(4);
        assertThat(count(registry, Meters.UPDATES_REJECTED, "platform", "telegram", "kind", "message")).isEqualTo(1);
        assertThat(count(registry, Meters.UPDATES_DUPLICATES, "platform", "telegram", "kind", "message")).isEqualTo(1);
        assertThat(registry.get(Meters.HANDLERS_SATURATED).counter().count()).isEqualTo(1);
        assertThat(registry.get(Meters.HANDLERS_SATURATED_DURATION).timer().count()).isEqualTo(1);
        assertThat(registry.get(Meters.HANDLERS_SATURATED_ACTIVE).gauge().value()).isZero();
    }

    @Test
    void countsRetriesAndTooManyRequestsByMethodOnBothPlatforms() {
        Bot bot = Bot.builder().platform(MetricsOnFakes.telegram(fakes, metrics).build())
                .platform(MetricsOnFakes.vk(fakes, metrics).build()).listener(metrics).build();
        long telegramChat = fakes.telegram().user("Ira").id();
        long vkChat = fakes.vk().user("Ira").id();
        fakes.telegram().failNextRequest(Fault.tooManyRequests(Duration.ofSeconds(1)));
        fakes.vk().failNextRequest(Fault.tooManyRequests(Duration.ofSeconds(1)));
        fakes.vk().failNextRequest(Fault.serverError(502));

        bot.messenger(PlatformId.TELEGRAM).send(telegramChat, "Hello");
        bot.messenger(PlatformId.VK).send(vkChat, "Hello");

        assertThat(count(registry, Meters.API_RATE_LIMITED, "platform", "telegram", "method", "sendMessage"))
                .isEqualTo(1);
        assertThat(count(registry, Meters.API_RETRIES, "platform", "telegram", "method", "sendMessage")).isEqualTo(1);
        assertThat(count(registry, Meters.API_RATE_LIMITED, "platform", "vk", "method", "messages.send")).isEqualTo(1);
        assertThat(count(registry, Meters.API_RETRIES, "platform", "vk", "method", "messages.send")).isEqualTo(2);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "vk", "method", "messages.send", "outcome",
                "success").count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "platform", "telegram", "method", "sendMessage", "outcome",
                "success").totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void timesWaitsForTheBotsOwnRateLimits() {
        Bot bot = Bot.builder().platform(MetricsOnFakes.telegram(fakes, metrics).rateLimits(true)
                .messagesPerSecond(0.5).build()).listener(metrics).build();
        long ira = fakes.telegram().user("Ira").id();
        long oleg = fakes.telegram().user("Oleg").id();

        bot.messenger(PlatformId.TELEGRAM).send(ira, "One");
        bot.messenger(PlatformId.TELEGRAM).send(oleg, "Two");

        assertThat(timer(registry, Meters.API_RATE_LIMITER_WAIT, "platform", "telegram", "method", "sendMessage")
                .count()).isEqualTo(1);
        assertThat(timer(registry, Meters.API_RATE_LIMITER_WAIT, "platform", "telegram", "method", "sendMessage")
                .totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void countsKeyboardsThePlatformWouldRejectByViolationCode() {
        Bot bot = Bot.builder().platform(MetricsOnFakes.telegram(fakes, metrics).build())
                .platform(MetricsOnFakes.vk(fakes, metrics).build()).listener(metrics).build();
        Keyboard tooLong = Keyboard.inline().row(Button.callback("Go", "x".repeat(300))).build();
        long telegramChat = fakes.telegram().user("Ira").id();
        long vkChat = fakes.vk().user("Ira").id();

        assertThatThrownBy(() -> bot.messenger(PlatformId.TELEGRAM).send(telegramChat, "Pick", Optional.of(tooLong)))
                .isInstanceOf(KeyboardRejectedException.class);
        assertThatThrownBy(() -> bot.messenger(PlatformId.VK).send(vkChat, "Pick", Optional.of(tooLong)))
                .isInstanceOf(KeyboardRejectedException.class);

        assertThat(count(registry, Meters.KEYBOARDS_REJECTED, "platform", "telegram", "code", "payload_too_long"))
                .isEqualTo(1);
        assertThat(count(registry, Meters.KEYBOARDS_REJECTED, "platform", "vk", "code", "payload_too_long"))
                .isEqualTo(1);
        assertThat(fakes.stats().messagesSent()).isZero();
    }

    private static MessageReceived message(String updateId, long messageId) {
        return new MessageReceived(PlatformId.TELEGRAM, Optional.of(updateId), OptionalLong.of(7), 7, messageId,
                "hello", Optional.empty(), Optional.empty(), RawJson.of("{}"));
    }
}
