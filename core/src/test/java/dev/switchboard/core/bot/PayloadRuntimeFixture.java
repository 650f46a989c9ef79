package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.PayloadFixtures.ITEM;

import dev.switchboard.core.bot.PayloadFixtures.CountingStore;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platforms, store, listener and routes the payload runtime tests share. Platforms here take
 * payloads of at most 30 characters.
 */
abstract class PayloadRuntimeFixture {
    final ManualScheduler clock = new ManualScheduler();
    final FakePlatform telegram = FakePlatform.telegramLimitedTo(30);
    final FakePlatform vk = FakePlatform.vkLimitedTo(30);
    final CountingStore store = new CountingStore(PayloadStore.inMemory(100, Duration.ofMinutes(10),
            clock.ticker()));
    final RecordingListener listener = new RecordingListener();
    final List<String> calls = new CopyOnWriteArrayList<>();

    /** Routes: the {@code item} codec, the {@code vote} prefix, any other press, any message. */
    Bot.Builder builder() {
        return Updates.bot(clock, telegram, vk).listener(listener)
                .onPress(ITEM, (p, item, ctx) -> calls.add("item " + item.name() + " " + item.page() + " "
                        + p.payload().orElseThrow()))
                .onPressPrefix("vote", (p, ctx) -> calls.add("vote " + p.payload().orElseThrow()))
                .onPress(p -> true, (p, ctx) -> calls.add("any " + p.payload().orElse("-")))
                .onMessage(m -> true, (m, ctx) -> calls.add("message " + m.text()));
    }
}
