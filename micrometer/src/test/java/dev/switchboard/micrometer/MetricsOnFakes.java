package dev.switchboard.micrometer;

import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.vk.VkPlatform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.RequiredSearch;

/** Platforms pointed at the testkit's fakes that report to a {@link SwitchboardMetrics}, and meter look-ups. */
final class MetricsOnFakes {
    private MetricsOnFakes() {
    }

    /** The real Telegram adapter against {@code fakes}' FakeTelegram, reporting to {@code metrics}; no rate limits. */
    static TelegramPlatform.Builder telegram(FakePlatforms fakes, SwitchboardMetrics metrics) {
        return TelegramPlatform.builder(FakePlatforms.TELEGRAM_TOKEN).apiUrl(fakes.telegram().apiUrl())
                .rateLimits(false).listener(metrics);
    }

    /** The real VK adapter against {@code fakes}' FakeVk, reporting to {@code metrics}; no rate limit. */
    static VkPlatform.Builder vk(FakePlatforms fakes, SwitchboardMetrics metrics) {
        return VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID).apiUrl(fakes.vk().apiUrl())
                .rateLimits(false).listener(metrics);
    }

    /** The count of counter {@code name} with {@code tags} (key, value, …); 0 when it was never incremented. */
    static double count(MeterRegistry registry, String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The timer {@code name} with {@code tags}, which must exist. */
    static Timer timer(MeterRegistry registry, String name, String... tags) {
        return RequiredSearch.in(registry).name(name).tags(tags).timer();
    }
}
