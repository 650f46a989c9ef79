package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A full handler queue pushes back: sources wait, webhooks are refused, nothing is dropped or answered early. */
class BackpressureTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHandlers() {
        release.countDown();
    }

    private Bot blockingBot() {
        return Bot.builder().scheduler(clock).listener(listener).platform(telegram)
                .handlerThreads(1).handlerQueue(1)
                .onPress("x", (p, ctx) -> {
                    Uninterruptibles.awaitUninterruptibly(release);
                    handled.add(p.pressId());
                    ctx.answer(PressAnswer.toast("ok"));
                }).build();
    }

    private static ButtonPress pressOf(int n) {
        return press(PlatformId.TELEGRAM, "q" + n, n, 70, 700, "x");
    }

    @Test
    void anOfferBeyondTheHandlersCapacityIsRefusedAndNotAnswered() throws Exception {
        Bot bot = blockingBot();
        ButtonPress third = pressOf(3);
        ButtonPress fourth = pressOf(4);
        bot.offer(pressOf(1));
        bot.offer(pressOf(2));

        assertThatThrownBy(() -> bot.offer(third)).isInstanceOf(UpdateRefusedException.class)
                .extracting(e -> ((UpdateRefusedException) e).reason())
                .isEqualTo(UpdateRefusedException.Reason.SATURATED);
        assertThatThrownBy(() -> bot.offer(fourth)).isInstanceOf(UpdateRefusedException.class);

        assertThat(telegram.messenger.answersTo("q3")).isEmpty();
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(5))).isTrue();
        bot.offer(pressOf(5));
        assertThat(bot.awaitIdle(Duration.ofSeconds(5))).isTrue();
        bot.stop();
        assertThat(handled).containsExactly("q1", "q2", "q5");
        assertThat(listener.events).containsExactly("handlersSaturated 2",
                "handlerRejected " + third.updateId().orElseThrow(), "handlerRejected " + fourth.updateId().orElseThrow(),
                "handlersAvailable refused 2");
    }

    @Test
    void aSourceWaitsForRoomInsteadOfDroppingAndEveryUpdateIsHandledInOrder() throws Exception {
        Bot bot = blockingBot();
        bot.start();
        for (int n = 1; n <= 6; n++) {
            telegram.source.deliver(pressOf(n));
        }
        awaitEvent("handlersSaturated 2");
        assertThat(handled).isEmpty();

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handled.size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        bot.stop();

        assertThat(handled).containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
        for (int n = 1; n <= 6; n++) {
            assertThat(telegram.messenger.answersTo("q" + n)).containsExactly(PressAnswer.toast("ok"));
        }
        List<String> episodes = listener.events.stream().filter(e -> e.startsWith("handlers"))
                .map(e -> e.startsWith("handlersSaturated") ? "saturated" : "available").toList();
        assertThat(episodes).as("one report per episode, alternating").first().isEqualTo("saturated");
        for (int i = 1; i < episodes.size(); i++) {
            assertThat(episodes.get(i)).as("episodes %s", episodes).isNotEqualTo(episodes.get(i - 1));
        }
        assertThat(listener.events).noneMatch(e -> e.startsWith("handlerRejected") || e.startsWith("autoAnswered"));
    }

    @Test
    void stoppingWakesASourceWaitingForRoomAndTheWaitingUpdateIsNotTaken() throws Exception {
        Bot bot = Bot.builder().scheduler(clock).listener(listener).platform(telegram)
                .handlerThreads(1).handlerQueue(1).shutdownTimeout(Duration.ofSeconds(5))
                .onPress("x", (p, ctx) -> {
                    Uninterruptibles.awaitUninterruptibly(release);
                    handled.add(p.pressId());
                }).build();
        bot.start();
        for (int n = 1; n <= 3; n++) {
            telegram.source.deliver(pressOf(n));
        }
        awaitEvent("handlersSaturated 2");

        Thread stopper = new Thread(bot::stop);
        stopper.start();
        assertThat(telegram.source.ended.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        stopper.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(stopper.isAlive()).isFalse();
        assertThat(handled).containsExactly("q1", "q2");
        assertThat(telegram.source.refused).extracting(UpdateRefusedException::reason)
                .containsExactly(UpdateRefusedException.Reason.STOPPING);
        assertThat(telegram.messenger.answersTo("q3")).isEmpty();
    }

    @Test
    void migrationsTheRuntimeNoticesItselfNeverWidenTheHandlersCapacity() throws Exception {
        Bot bot = Bot.builder().scheduler(clock).listener(listener).platform(telegram)
                .handlerThreads(1).handlerQueue(1)
                .onChatMigrated((migrated, ctx) -> handled.add("migrated " + migrated.toChatId()))
                .onPress("x", (p, ctx) -> Uninterruptibles.awaitUninterruptibly(release)).build();
        for (int n = 1; n <= 5; n++) {
            telegram.listeners.get(0).chatMigrated(Updates.migrated(PlatformId.TELEGRAM, -n, -100 - n));
        }
        assertThat(bot.awaitIdle(Duration.ofSeconds(5))).isTrue();

        bot.offer(pressOf(1));
        bot.offer(pressOf(2));
        assertThatThrownBy(() -> bot.offer(pressOf(3))).isInstanceOf(UpdateRefusedException.class);
        assertThat(handled).hasSize(5);
        release.countDown();
        bot.stop();
    }

    private void awaitEvent(String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!new ArrayList<>(listener.events).contains(event) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(listener.events).contains(event);
    }
}
