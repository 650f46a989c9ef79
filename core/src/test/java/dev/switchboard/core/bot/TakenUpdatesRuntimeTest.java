package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.TakenUpdate;
import dev.switchboard.core.testing.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runtime tells its seen-updates store when it takes an update and when it is done with it, and
 * handles the updates that the store hands it as orphans of a dead replica.
 */
class TakenUpdatesRuntimeTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingStore store = new RecordingStore();
    private final RecordingListener listener = new RecordingListener();

    @Test
    void anUpdateIsTakenBeforeItsHandlerRunsAndFinishedAfterItReturns() {
        Bot bot = Updates.bot(clock, telegram).seenUpdates(store).replicaId("r1")
                .onMessage(m -> true, (m, ctx) -> events.add("handler " + m.text())).build();

        MessageReceived message = Updates.message(PlatformId.TELEGRAM, 1, 70, 700, "hi");
        bot.dispatch(message);

        String id = message.updateId().orElseThrow();
        assertThat(events).containsExactly("take " + id + " by r1", "handler hi", "finished " + id + " by r1");
    }

    @Test
    void anUpdateNoHandlerWantsIsFinishedAtOnce() {
        Bot bot = Updates.bot(clock, telegram).seenUpdates(store).replicaId("r1").build();

        MessageReceived message = Updates.message(PlatformId.TELEGRAM, 1, 70, 700, "nobody listens");
        bot.dispatch(message);

        String id = message.updateId().orElseThrow();
        assertThat(events).containsExactly("take " + id + " by r1", "finished " + id + " by r1");
    }

    @Test
    void anOrphanOfADeadReplicaIsReadAgainHandledAndFinished() throws Exception {
        telegram.reader = Optional.of(new TextReader());
        store.orphans.add(new TakenUpdate(PlatformId.TELEGRAM, "77", "left behind", "r0"));
        Bot bot = Bot.builder().platform(telegram).seenUpdates(store).replicaId("r1")
                .pollerLease(Duration.ofMillis(300))
                .onMessage(m -> true, (m, ctx) -> events.add("handler " + m.text())).build();

        bot.start();
        awaitEvents(2);
        bot.stop();

        assertThat(events).startsWith("handler left behind", "finished 77 by r1");
        assertThat(store.adoptions.get(0)).as("first adoption includes its own earlier life").isEqualTo("r1 own");
    }

    @Test
    void anOrphanThatCannotBeReadIsReportedAndFinished() throws Exception {
        telegram.reader = Optional.of(new TextReader());
        store.orphans.add(new TakenUpdate(PlatformId.TELEGRAM, "78", "unreadable", "r0"));
        Bot bot = Bot.builder().platform(telegram).seenUpdates(store).replicaId("r1").listener(listener)
                .pollerLease(Duration.ofMillis(300)).build();

        bot.start();
        awaitEvents(1);
        bot.stop();

        assertThat(events).startsWith("finished 78 by r1");
        assertThat(listener.events).anyMatch(event -> event.startsWith("skipped"));
    }

    @Test
    void aBotServingWebhooksBeatsAndAdoptsWithoutBeingStartedUntilItStops() throws Exception {
        telegram.reader = Optional.of(new TextReader());
        store.orphans.add(new TakenUpdate(PlatformId.TELEGRAM, "77", "left behind", "r0"));
        Bot bot = Bot.builder().platform(telegram).seenUpdates(store).replicaId("r1")
                .pollerLease(Duration.ofMillis(300))
                .onMessage(m -> true, (m, ctx) -> events.add("handler " + m.text())).build();

        bot.webhookSink();
        awaitEvents(2);
        bot.stop();
        int beats = store.beats.size();
        Thread.sleep(300);

        assertThat(events).startsWith("handler left behind", "finished 77 by r1");
        assertThat(beats).isPositive();
        assertThat(store.beats).as("no beat after stop").hasSize(beats);
        assertThat(telegram.source.started.getCount()).as("no source started").isEqualTo(1);
    }

    @Test
    void aStoppingReplicaBeatsUntilItsHandlersHaveFinishedAndAdoptsNothingMeanwhile() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Bot bot = Bot.builder().platform(telegram).seenUpdates(store).replicaId("r1")
                .pollerLease(Duration.ofMillis(300))
                .onMessage(m -> true, (m, ctx) -> {
                    running.countDown();
                    Uninterruptibles.awaitUninterruptibly(release, 10, TimeUnit.SECONDS);
                    events.add("handler " + m.text());
                }).build();
        bot.webhookSink();
        bot.dispatch(Updates.message(PlatformId.TELEGRAM, 1, 70, 700, "slow"));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(bot::stop, "stopping");
        stopping.start();
        Thread.sleep(100);
        int beatsWhenStopping = store.beats.size();
        int adoptionsWhenStopping = store.adoptions.size();
        Thread.sleep(700); // seven beat periods of 100 ms: a dead replica's heartbeat (300 ms) would have expired
        int beatsWhileHandling = store.beats.size();
        release.countDown();
        stopping.join(5_000);
        int beatsAtStop = store.beats.size();
        Thread.sleep(300);

        assertThat(events).contains("handler slow");
        assertThat(beatsWhileHandling).as("beats while the handler finishes").isGreaterThan(beatsWhenStopping + 2);
        assertThat(store.adoptions).as("no adoption once stopping").hasSize(adoptionsWhenStopping);
        assertThat(store.beats).as("no beat after stop").hasSize(beatsAtStop);
    }

    private void awaitEvents(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(count);
    }

    /** Reads a text as a message with that text, and "unreadable" not at all. */
    private static final class TextReader implements UpdateReader {
        @Override
        public Update read(byte[] utf8) {
            return read(new String(utf8, StandardCharsets.UTF_8));
        }

        @Override
        public Update read(String json) {
            if (json.equals("unreadable")) {
                throw new UpdateParseException("not an update", "$", 1, 1, null);
            }
            return new MessageReceived(PlatformId.TELEGRAM, Optional.of("77"), OptionalLong.of(1), 70, 701, json,
                    Optional.empty(), Optional.empty(), RawJson.of("{}"));
        }

        @Override
        public UpdateBatch readBatch(byte[] utf8) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records takes and finishes; hands out its orphans once. */
    private final class RecordingStore implements SeenUpdates {
        private final SeenUpdates seen = SeenUpdates.inMemory();
        final List<TakenUpdate> orphans = new CopyOnWriteArrayList<>();
        final List<String> adoptions = new CopyOnWriteArrayList<>();
        final List<String> beats = new CopyOnWriteArrayList<>();

        @Override
        public void heartbeat(String replica, Duration ttl) {
            beats.add(replica);
        }

        @Override
        public boolean firstSeen(PlatformId platform, String updateId) {
            return seen.firstSeen(platform, updateId);
        }

        @Override
        public void forget(PlatformId platform, String updateId) {
            seen.forget(platform, updateId);
        }

        @Override
        public boolean take(PlatformId platform, String updateId, String replica, String rawJson) {
            events.add("take " + updateId + " by " + replica);
            return seen.firstSeen(platform, updateId);
        }

        @Override
        public void finished(PlatformId platform, String updateId, String replica) {
            events.add("finished " + updateId + " by " + replica);
        }

        @Override
        public List<TakenUpdate> adoptOrphans(String replica, boolean includeOwn) {
            adoptions.add(replica + (includeOwn ? " own" : ""));
            List<TakenUpdate> adopted = List.copyOf(orphans);
            orphans.clear();
            return adopted;
        }
    }
}
