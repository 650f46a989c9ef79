package dev.switchboard.testkit.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.vk.VkPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A bot stopped and built again resumes where the last one stopped: nothing sent meanwhile is lost or repeated. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RestartTest {
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    @TempDir
    Path states;

    private Bot bot(BotPlatform platform, CheckpointStore checkpoints, SeenUpdates seen) {
        return Bot.builder().platform(platform).checkpoints(checkpoints).seenUpdates(seen)
                .onMessage(message -> true, (message, ctx) ->
                        handled.computeIfAbsent(message.text(), k -> new AtomicInteger()).incrementAndGet())
                .build();
    }

    @Test
    void aVkBotBuiltAgainGetsEveryEventSentWhileItWasDown() throws Exception {
        try (FakeVk fake = FakeVk.builder().requestsPerSecond(0).open()) {
            CheckpointStore checkpoints = CheckpointStore.inDirectory(states);
            Bot first = bot(vk(fake), checkpoints, SeenUpdates.inMemory());
            first.start();
            fake.awaitPolling(Duration.ofSeconds(10));
            sendAll(fake, 0, 100);
            awaitTrue(() -> handled.size() == 100);
            first.stop();

            sendAll(fake, 100, 400);
            Bot second = bot(vk(fake), CheckpointStore.inDirectory(states), SeenUpdates.inMemory());
            second.start();
            awaitTrue(() -> handled.size() == 400);
            second.stop();
        }
        assertThat(handled).hasSize(400).allSatisfy((text, count) -> assertThat(count.get()).as(text).isEqualTo(1));
    }

    @Test
    void aVkCheckpointOlderThanVksHistoryIsReportedAsLostNotSilentlySkipped() throws Exception {
        List<String> lost = new CopyOnWriteArrayList<>();
        try (FakeVk fake = FakeVk.builder().requestsPerSecond(0).open()) {
            CheckpointStore checkpoints = CheckpointStore.inMemory();
            checkpoints.save("vk-group-" + FakeVk.GROUP_ID, "999999 " + fake.apiUrl());
            VkPlatform platform = VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID)
                    .apiUrl(fake.apiUrl()).listener(new SwitchboardListener() {
                        @Override
                        public void updatesLost(PlatformId id, String reason) {
                            lost.add(reason);
                        }
                    }).build();
            Bot bot = bot(platform, checkpoints, SeenUpdates.inMemory());
            bot.start();
            awaitTrue(() -> !lost.isEmpty());
            fake.userSends(7, "after the gap");
            awaitTrue(() -> handled.containsKey("after the gap"));
            bot.stop();
        }
        assertThat(lost).singleElement().asString().startsWith("VK Bots Long Poll answered failed 1");
    }

    @Test
    void aTelegramBotBuiltAgainHandlesEveryUpdateSentWhileItWasDownOnce() throws Exception {
        try (FakeTelegram fake = FakeTelegram.open()) {
            Bot first = bot(telegram(fake), CheckpointStore.inDirectory(states), SeenUpdates.inMemory());
            first.start();
            fake.awaitPolling(Duration.ofSeconds(10));
            for (int n = 0; n < 50; n++) {
                fake.userSends(1_000 + n % 5, "t" + n);
            }
            awaitTrue(() -> handled.size() == 50);
            first.stop();

            for (int n = 50; n < 80; n++) {
                fake.userSends(1_000 + n % 5, "t" + n);
            }
            Bot second = bot(telegram(fake), CheckpointStore.inDirectory(states), SeenUpdates.inMemory());
            second.start();
            awaitTrue(() -> handled.size() == 80 && fake.pendingUpdates().isEmpty());
            second.stop();
        }
        assertThat(handled).hasSize(80).allSatisfy((text, count) -> assertThat(count.get()).as(text).isEqualTo(1));
    }

    private static void sendAll(FakeVk fake, int from, int to) {
        for (int n = from; n < to; n++) {
            fake.userSends(2_000 + n % 7, "v" + n);
        }
    }

    private static VkPlatform vk(FakeVk fake) {
        return VkPlatform.builder(FakePlatforms.VK_TOKEN).groupId(FakeVk.GROUP_ID).apiUrl(fake.apiUrl())
                .rateLimits(false).build();
    }

    private static TelegramPlatform telegram(FakeTelegram fake) {
        return TelegramPlatform.builder(FakePlatforms.TELEGRAM_TOKEN).apiUrl(fake.apiUrl()).rateLimits(false)
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))).build();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
