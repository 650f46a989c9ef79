package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.message;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.spi.UpdateRefusedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bot on its real handler pool handles one chat's updates one at a time, in arrival order. */
class ChatOrderRuntimeTest {
    private final FakePlatform telegram = FakePlatform.telegram();
    private final ManualScheduler clock = new ManualScheduler();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);

    @AfterEach
    void releaseHandlers() {
        release.countDown();
    }

    private Bot.Builder builder() {
        return Bot.builder().scheduler(clock).platform(telegram).handlerThreads(8);
    }

    @Test
    void aChatsUpdatesNeverOverlapAndAreHandledInArrivalOrder() throws InterruptedException {
        Map<Long, AtomicInteger> inside = new ConcurrentHashMap<>();
        Map<Long, List<String>> handled = new ConcurrentHashMap<>();
        Map<Long, List<String>> arrived = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        Bot bot = builder().onMessage(m -> true, (m, ctx) -> {
            AtomicInteger count = inside.get(m.chatId());
            if (count.incrementAndGet() != 1) {
                overlaps.add(m.text());
            }
            handled.computeIfAbsent(m.chatId(), c -> new CopyOnWriteArrayList<>()).add("start " + m.text());
            Thread.yield();
            handled.get(m.chatId()).add("end " + m.text());
            count.decrementAndGet();
        }).build();

        for (int i = 0; i < 200; i++) {
            long chat = 100 + i % 5;
            String text = "m" + i;
            inside.computeIfAbsent(chat, c -> new AtomicInteger());
            arrived.computeIfAbsent(chat, c -> new ArrayList<>()).addAll(List.of("start " + text, "end " + text));
            bot.dispatch(message(PlatformId.TELEGRAM, 7, chat, i, text));
        }

        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(overlaps).isEmpty();
        assertThat(handled).isEqualTo(arrived);
    }

    @Test
    void aPressWaitsForTheCommandBeforeItInTheSameChat() throws InterruptedException {
        List<String> calls = new CopyOnWriteArrayList<>();
        Bot bot = builder()
                .onCommand("start", (m, ctx) -> {
                    entered.countDown();
                    Uninterruptibles.awaitUninterruptibly(release);
                    calls.add("start");
                })
                .onPress("go", (p, ctx) -> {
                    calls.add("press");
                    ctx.answer(PressAnswer.toast("went"));
                })
                .build();

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 1, "/start"));
        await(entered);
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "go"));

        assertThat(bot.awaitIdle(Duration.ofMillis(50))).isFalse();
        assertThat(calls).isEmpty();
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(calls).containsExactly("start", "press");
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("went"));
    }

    @Test
    void twoChatsAreHandledAtTheSameTime() throws InterruptedException {
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Boolean> met = new CopyOnWriteArrayList<>();
        Bot bot = builder().onMessage(m -> true, (m, ctx) -> {
            bothInside.countDown();
            met.add(bothInside.await(10, TimeUnit.SECONDS));
        }).build();

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 1, "a"));
        bot.dispatch(message(PlatformId.TELEGRAM, 8, 80, 2, "b"));

        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws InterruptedException {
        List<String> calls = new CopyOnWriteArrayList<>();
        CountDownLatch otherDone = new CountDownLatch(3);
        Bot bot = builder()
                .onText("slow", (m, ctx) -> {
                    entered.countDown();
                    Uninterruptibles.awaitUninterruptibly(release);
                    calls.add("slow");
                })
                .onMessage(m -> true, (m, ctx) -> {
                    calls.add(m.chatId() + " " + m.text());
                    otherDone.countDown();
                })
                .build();

        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 1, "slow"));
        bot.dispatch(message(PlatformId.TELEGRAM, 7, 70, 2, "after slow"));
        await(entered);
        for (int i = 0; i < 3; i++) {
            bot.dispatch(message(PlatformId.TELEGRAM, 8, 80, 10 + i, "other" + i));
        }

        await(otherDone);
        assertThat(calls).containsExactly("80 other0", "80 other1", "80 other2");
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(calls).endsWith("slow", "70 after slow");
    }

    @Test
    void updatesWaitingBehindASlowOneHoldTheirRoomUntilHandledAndThenGiveItBack() throws InterruptedException {
        Bot bot = builder().handlerThreads(2).handlerQueue(1)
                .onText("slow", (m, ctx) -> {
                    entered.countDown();
                    Uninterruptibles.awaitUninterruptibly(release);
                })
                .onMessage(m -> true, (m, ctx) -> { })
                .build();
        bot.offer(message(PlatformId.TELEGRAM, 7, 70, 1, "slow"));
        await(entered);
        bot.offer(message(PlatformId.TELEGRAM, 7, 70, 2, "queued"));
        bot.offer(message(PlatformId.TELEGRAM, 7, 70, 3, "queued"));

        assertThatThrownBy(() -> bot.offer(message(PlatformId.TELEGRAM, 8, 80, 4, "other chat")))
                .isInstanceOfSatisfying(UpdateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.SATURATED));
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        for (int i = 0; i < 3; i++) {
            bot.offer(message(PlatformId.TELEGRAM, 8, 80 + i, 5 + i, "room again"));
        }
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void atStopThePressesWaitingBehindARunningOneAreStillHandled() throws InterruptedException {
        Bot bot = builder()
                .onPress("slow", (p, ctx) -> {
                    entered.countDown();
                    Uninterruptibles.awaitUninterruptibly(release);
                    ctx.answer(PressAnswer.toast("slow done"));
                })
                .onPress("next", (p, ctx) -> ctx.answer(PressAnswer.toast("next done")))
                .build();
        bot.start();
        await(telegram.source.started);
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "slow"));
        await(entered);
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 701, "next"));
        bot.dispatch(press(PlatformId.TELEGRAM, "q3", 7, 70, 702, "next"));

        Thread stopper = new Thread(bot::stop, "test-stopper");
        stopper.start();
        await(telegram.source.ended);
        release.countDown();
        stopper.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(stopper.isAlive()).isFalse();
        assertThat(bot.awaitIdle(Duration.ZERO)).isTrue();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("slow done"));
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.toast("next done"));
        assertThat(telegram.messenger.answersTo("q3")).containsExactly(PressAnswer.toast("next done"));
    }

    @Test
    void whenTheShutdownTimeoutEndsThePressesWaitingInAChatAreAnsweredAndTheirRoomComesBack()
            throws InterruptedException {
        List<String> calls = new CopyOnWriteArrayList<>();
        Bot bot = builder().shutdownTimeout(Duration.ZERO)
                .onPress("stuck", (p, ctx) -> {
                    entered.countDown();
                    Uninterruptibles.awaitUninterruptibly(release);
                    calls.add(p.pressId());
                })
                .onPress("next", (p, ctx) -> {
                    calls.add(p.pressId());
                    ctx.answer(PressAnswer.toast("too late"));
                })
                .build();
        bot.start();
        await(telegram.source.started);
        bot.dispatch(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "stuck"));
        await(entered);
        bot.dispatch(press(PlatformId.TELEGRAM, "q2", 7, 70, 701, "next"));

        bot.stop();

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.none());
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
        release.countDown();
        assertThat(bot.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(calls).containsExactly("q1", "q2");
        assertThat(telegram.messenger.answersTo("q2")).containsExactly(PressAnswer.none());
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
