package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Two replicas of one bot, each a {@link Bot} of its own, sharing one piece of state at a time. */
class SharedStateRuntimeTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegramA = FakePlatform.telegram();
    private final FakePlatform telegramB = FakePlatform.telegram();
    private final RecordingListener listenerB = new RecordingListener();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void onlyTheReplicaHoldingTheLeasePollsAndAnotherTakesOverWhenItStops() throws Exception {
        Leases leases = Leases.inMemory();
        Bot a = Bot.builder().platform(telegramA).leases(leases).replicaId("a").build();
        Bot b = Bot.builder().platform(telegramB).leases(leases).replicaId("b").build();

        a.start();
        assertThat(telegramA.source.started.await(5, TimeUnit.SECONDS)).isTrue();
        b.start();
        assertThat(telegramB.source.started.await(500, TimeUnit.MILLISECONDS)).as("b stands by").isFalse();

        a.stop();

        assertThat(telegramB.source.started.await(5, TimeUnit.SECONDS)).as("b takes over").isTrue();
        b.stop();
    }

    @Test
    void aReplicaThatLosesItsLeaseStopsPollingAndPollsAgainWhenItRegainsIt() throws Exception {
        AtomicBoolean renewals = new AtomicBoolean(true);
        Leases leases = new Leases() {
            private final Leases inner = Leases.inMemory();

            @Override
            public Optional<Lease> tryAcquire(String name, String holder, Duration ttl) {
                return inner.tryAcquire(name, holder, ttl);
            }

            @Override
            public boolean renew(Lease lease, Duration ttl) {
                return renewals.get() && inner.renew(lease, ttl);
            }

            @Override
            public void release(Lease lease) {
                inner.release(lease);
            }
        };
        Bot a = Bot.builder().platform(telegramA).leases(leases).pollerLease(Duration.ofMillis(300)).build();
        a.start();
        assertThat(telegramA.source.started.await(5, TimeUnit.SECONDS)).isTrue();

        renewals.set(false);

        assertThat(telegramA.source.ended.await(5, TimeUnit.SECONDS)).as("the first poller stopped").isTrue();
        assertThat(telegramA.source.stopCalled).isTrue();
        awaitSources(telegramA, 2);
        assertThat(telegramA.sources.get(1).started.await(5, TimeUnit.SECONDS)).as("polls again").isTrue();
        a.stop();
    }

    @Test
    void aPressClaimedByAnotherReplicaIsNotAnsweredAgain() {
        PressClaims claims = PressClaims.inMemory();
        Bot b = replica(telegramB).pressClaims(claims).listener(listenerB).build();
        claims.claim(PlatformId.TELEGRAM, "q1");

        b.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1");
        assertThat(telegramB.messenger.answersTo("q1")).isEmpty();
        assertThat(listenerB.events).contains("lateAnswer q1 TOAST");
    }

    @Test
    void aDoubleTapWhoseTapsReachTwoReplicasRunsOneHandler() {
        RecentPresses recent = RecentPresses.inMemory();
        Bot a = replica(telegramA).recentPresses(recent).build();
        Bot b = replica(telegramB).recentPresses(recent).listener(listenerB).build();

        a.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "vote:yes"));
        b.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 700, "vote:yes"));

        assertThat(calls).containsExactly("q1");
        assertThat(telegramB.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
        assertThat(listenerB.events).containsExactly("autoAnswered q2 DUPLICATE");
    }

    @Test
    void aTextButtonSentByOneReplicaIsAPressOnAnother() {
        KeyboardMemory memory = KeyboardMemory.inMemory(100);
        Bot a = replica(telegramA).keyboardMemory(memory).build();
        Bot b = replica(telegramB).keyboardMemory(memory).build();

        a.messenger(PlatformId.TELEGRAM).send(70, "Choose", Keyboard.standard()
                .row(Button.text("Tea", "pick:tea")).build());
        b.dispatch(Updates.message(PlatformId.TELEGRAM, 7, 70, 701, "Tea"));

        assertThat(calls).containsExactly("text:701 pick:tea");
    }

    private Bot.Builder replica(FakePlatform platform) {
        return Updates.bot(clock, platform).onPress(p -> true, (p, ctx) -> {
            calls.add(p.payload().filter(x -> p.pressId().startsWith("text:")).map(x -> p.pressId() + " " + x)
                    .orElse(p.pressId()));
            ctx.answer(PressAnswer.toast("ok"));
        });
    }

    private static void awaitSources(FakePlatform platform, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (platform.sources.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(platform.sources).hasSizeGreaterThanOrEqualTo(count);
    }
}
