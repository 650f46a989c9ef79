package dev.switchboard.micrometer.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.micrometer.SwitchboardMetrics;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.vk.VkPlatform;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BindingMetricsTest {
    @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test void theBotAndItsPlatformsReportToOneRegistry() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();        // in production: Prometheus, OTLP, …
        SwitchboardMetrics metrics = SwitchboardMetrics.builder(registry).tag("bot", "shop").build();
        TelegramPlatform telegram = TelegramPlatform.builder(FakePlatforms.TELEGRAM_TOKEN)
                .apiUrl(fakes.telegram().apiUrl()).listener(metrics).build();    // API calls, retries, 429s
        VkPlatform vk = VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID)
                .apiUrl(fakes.vk().apiUrl()).listener(metrics).build();
        Bot bot = Bot.builder().platform(telegram).platform(vk).listener(metrics)   // updates, handlers, answers
                .onCommand("start", (message, ctx) -> ctx.reply("Hi")).build();

        fakes.run(bot, () -> fakes.vk().user("Ira").sends("/start"));

        assertThat(registry.get("switchboard.updates.received").tags("platform", "vk", "kind", "message")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("switchboard.api.calls").tags("method", "messages.send", "outcome", "success")
                .timer().count()).isEqualTo(1);
    }
}
