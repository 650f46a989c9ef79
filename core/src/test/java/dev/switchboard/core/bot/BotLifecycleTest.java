package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot's threads: real sources and a real handler executor, latches instead of sleeps. */
class BotLifecycleTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final FakePlatform vk = FakePlatform.vk();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();

    @Test
    void namesItsPlatformsInTheOrderTheyWereAdded() {
        assertThat(Updates.bot(clock, vk, telegram).build().platforms())
                .containsExactly(PlatformId.VK, PlatformId.TELEGRAM);
    }

    @AfterEach
    void releaseHandlers() {
        release.countDown();
    }

    private Bot.Builder builder(FakePlatform... platforms) {
        Bot.Builder builder = Bot.builder().scheduler(clock).listener(listener);
        for (FakePlatform platform : platforms) {
            builder.platform(platform);
        }
        return builder;
    }

    private Thread running(Bot bot) {
        Thread runner = new Thread(() -> {
            try {
                bot.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "test-runner");
        runner.start();
        return runner;
    }

    @Test
    void startChecksEveryPlatformOnceBeforeAnySourceStarts() {
        Bot bot = builder(telegram, vk).build();

        bot.start();
        bot.stop();

        assertThat(telegram.accessChecks).hasValue(1);
        assertThat(vk.accessChecks).hasValue(1);
    }

    @Test
    void aPlatformThatRefusesAccessFailsStartWithItsExceptionAndNoSourceStarts() {
        RuntimeException refused = new IllegalStateException("VK groups.getById failed with 5: User authorization failed");
        vk.refusal = refused;
        Bot bot = builder(telegram, vk).build();

        assertThatThrownBy(bot::start).isSameAs(refused);

        assertThat(telegram.needs).isEmpty();
        assertThat(vk.needs).isEmpty();
        assertThat(telegram.source.started.getCount()).isOne();
    }

    @Test
    void runFailsTheSameWayWithoutWaiting() {
        RuntimeException refused = new IllegalStateException("Telegram getMe failed with 401: Unauthorized");
        telegram.refusal = refused;

        assertThatThrownBy(() -> builder(telegram).build().run()).isSameAs(refused);
        assertThat(telegram.needs).isEmpty();
    }

    @Test
    void runReadsEverySourceOnItsOwnThreadUntilStopped() throws Exception {
        CountDownLatch handled = new CountDownLatch(2);
        Bot bot = builder(telegram, vk).onText("hi", (m, ctx) -> {
            calls.add(ctx.platform() + " on " + Thread.currentThread().getName().replaceAll("\\d+", "N"));
            handled.countDown();
        }).build();
        Thread runner = running(bot);
        await(telegram.source.started);
        await(vk.source.started);

        telegram.source.deliver(Updates.message(PlatformId.TELEGRAM, 1, 1, 1, "hi"));
        vk.source.deliver(Updates.message(PlatformId.VK, 1, 1, 1, "hi"));
        await(handled);
        bot.stop();
        runner.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isNull();
        assertThat(calls).containsExactlyInAnyOrder("telegram on switchboard-N-handler-N", "vk on switchboard-N-handler-N");
        assertThat(telegram.source.stopCalled).isTrue();
        assertThat(vk.source.ended.getCount()).isZero();
        assertThat(clock.isShutDown()).isTrue();
    }

    @Test
    void stopLetsHandlersInFlightFinish() throws Exception {
        Bot bot = builder(telegram).onPress("slow", (p, ctx) -> {
            entered.countDown();
            Uninterruptibles.awaitUninterruptibly(release);
            ctx.answer(PressAnswer.toast("done"));
        }).build();
        bot.start();
        telegram.source.deliver(press("q1", "slow"));
        await(entered);

        Thread stopper = new Thread(bot::stop);
        stopper.start();
        await(telegram.source.ended);
        release.countDown();
        stopper.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(stopper.isAlive()).isFalse();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("done"));
        assertThat(listener.events).isEmpty();
    }

    @Test
    void pressesStillOpenWhenTheShutdownTimeoutEndsAreAnswered() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Bot bot = builder(telegram).shutdownTimeout(Duration.ZERO).onPress("stuck", (p, ctx) -> {
            entered.countDown();
            Uninterruptibles.awaitUninterruptibly(release);
            ctx.answer(PressAnswer.toast("too late"));
            finished.countDown();
        }).build();
        bot.start();
        telegram.source.deliver(press("q1", "stuck"));
        await(entered);

        bot.stop();

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        release.countDown();
        await(finished);
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(listener.events).containsExactly("autoAnswered q1 SHUTDOWN", "lateAnswer q1 TOAST");
    }

    @Test
    void aFailedSourceIsReportedTheOthersGoOnAndRunThrowsOnceStopped() throws Exception {
        CountDownLatch handled = new CountDownLatch(1);
        Bot bot = builder(telegram, vk).onText("hi", (m, ctx) -> handled.countDown()).build();
        Thread runner = running(bot);
        await(telegram.source.started);

        telegram.source.fail(new IllegalStateException("409 Conflict"));
        await(telegram.source.ended);
        vk.source.deliver(Updates.message(PlatformId.VK, 1, 1, 1, "hi"));
        await(handled);
        assertThat(runner.isAlive()).isTrue();
        bot.stop();
        runner.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(thrown.get()).isInstanceOf(SourceFailedException.class)
                .hasMessage("Telegram update source failed: 409 Conflict")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(((SourceFailedException) thrown.get()).platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(listener.events).containsExactly("sourceFailed telegram 409 Conflict");
    }

    @Test
    void runReturnsWhenEverySourceHasEnded() throws Exception {
        Bot bot = builder(telegram).build();
        Thread runner = running(bot);
        await(telegram.source.started);

        telegram.source.fail(new IllegalStateException("gone"));
        runner.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(SourceFailedException.class);
    }

    @Test
    void interruptingRunStopsTheBotGracefully() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Bot bot = builder(telegram).onPress("slow", (p, ctx) -> {
            entered.countDown();
            Uninterruptibles.awaitUninterruptibly(release);
            ctx.answer(PressAnswer.toast("done"));
            finished.countDown();
        }).build();
        Thread runner = running(bot);
        telegram.source.deliver(press("q1", "slow"));
        await(entered);

        runner.interrupt();
        await(telegram.source.ended);
        release.countDown();
        runner.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isNull();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("done"));
    }

    @Test
    void aBotStartsOnceAndStopsIdempotently() {
        Bot bot = builder(telegram).build();
        bot.start();

        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("a bot can be started only once");
        bot.stop();
        bot.stop();
        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterStopEveryUpdateIsRefusedAndNothingIsAnswered() {
        Bot bot = builder(telegram).onPress("x", (p, ctx) -> calls.add("press"))
                .onText("hi", (m, ctx) -> calls.add("message")).build();
        bot.stop();

        assertThatThrownBy(() -> bot.dispatch(press("q1", "x"))).isInstanceOf(UpdateRefusedException.class)
                .hasMessageEndingWith("not taken: the bot is stopping")
                .extracting(e -> ((UpdateRefusedException) e).reason()).isEqualTo(UpdateRefusedException.Reason.STOPPING);
        assertThatThrownBy(() -> bot.offer(Updates.message("hi"))).isInstanceOf(UpdateRefusedException.class);

        assertThat(calls).isEmpty();
        assertThat(telegram.messenger.answersTo("q1")).isEmpty();
        assertThat(listener.events).isEmpty();
    }

    @Test
    void aHandlerCanStopTheBotWithoutWaitingForItself() throws Exception {
        AtomicReference<Bot> self = new AtomicReference<>();
        Bot bot = builder(telegram).onCommand("stop", (m, ctx) -> {
            self.get().stop();
            calls.add("stop returned");
        }).build();
        self.set(bot);
        Thread runner = running(bot);
        await(telegram.source.started);

        telegram.source.deliver(Updates.message("/stop"));
        runner.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(runner.isAlive()).isFalse();
        assertThat(calls).containsExactly("stop returned");
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(5, TimeUnit.SECONDS)).as("latch reached in time").isTrue();
    }
}
