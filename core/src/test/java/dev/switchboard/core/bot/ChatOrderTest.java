package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.inlinePress;
import static dev.switchboard.core.bot.Updates.message;
import static dev.switchboard.core.bot.Updates.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.event.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link ChatOrder} on a real pool of 8 threads: latches, never sleeps. */
class ChatOrderTest {
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "chat-order-test");
        thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        return thread;
    });
    private final ChatOrder order = new ChatOrder(pool);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopPool() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void oneChatsTasksNeverOverlapAndRunInTheOrderGiven() throws InterruptedException {
        Map<Long, AtomicInteger> inside = new ConcurrentHashMap<>();
        Map<Long, List<Integer>> ran = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        Map<Long, List<Integer>> given = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            long chat = i % 5;
            int n = i;
            inside.computeIfAbsent(chat, c -> new AtomicInteger());
            given.computeIfAbsent(chat, c -> new ArrayList<>()).add(n);
            order.execute(message(PlatformId.TELEGRAM, 7, chat, n, "m" + n), () -> {
                if (inside.get(chat).incrementAndGet() != 1) {
                    overlaps.add("chat " + chat + " task " + n);
                }
                ran.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(n);
                Thread.yield();
                inside.get(chat).decrementAndGet();
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(overlaps).isEmpty();
        assertThat(ran).isEqualTo(given);
        assertIdleWithNoChatLeft();
    }

    @Test
    void differentChatsRunAtTheSameTime() throws InterruptedException {
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Boolean> met = new CopyOnWriteArrayList<>();
        for (long chat : new long[] {1, 2}) {
            order.execute(message(PlatformId.TELEGRAM, 7, chat, 1, "hi"), () -> {
                bothInside.countDown();
                met.add(await(bothInside));
            });
        }

        assertIdleWithNoChatLeft();
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void theSameChatIdOnAnotherPlatformIsAnotherChat() throws InterruptedException {
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Boolean> met = new CopyOnWriteArrayList<>();
        for (PlatformId platform : new PlatformId[] {PlatformId.TELEGRAM, PlatformId.VK}) {
            order.execute(message(platform, 7, 70, 1, "hi"), () -> {
                bothInside.countDown();
                met.add(await(bothInside));
            });
        }

        assertIdleWithNoChatLeft();
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws InterruptedException {
        CountDownLatch slowEntered = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        order.execute(message(PlatformId.TELEGRAM, 7, 1, 1, "slow"), () -> {
            slowEntered.countDown();
            await(release);
            ran.add("slow");
        });
        order.execute(message(PlatformId.TELEGRAM, 7, 1, 2, "after slow"), () -> ran.add("after slow"));
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch otherDone = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            order.execute(message(PlatformId.TELEGRAM, 7, 2, i, "other"), otherDone::countDown);
        }

        assertThat(otherDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEmpty();
        release.countDown();
        assertIdleWithNoChatLeft();
        assertThat(ran).containsExactly("slow", "after slow");
    }

    @Test
    void pressesWithoutAChatAreNotOrdered() throws InterruptedException {
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Boolean> met = new CopyOnWriteArrayList<>();
        for (String id : new String[] {"q1", "q2"}) {
            order.execute(inlinePress(id, 7, "inline-1", "x"), () -> {
                bothInside.countDown();
                met.add(await(bothInside));
            });
        }

        assertIdleWithNoChatLeft();
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void aTaskThatThrowsDoesNotStopItsChatAndItsExceptionStillReachesThePool() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        order.execute(message("boom"), () -> {
            throw new IllegalStateException("boom");
        });
        order.execute(message("next"), () -> ran.add("next"));

        assertIdleWithNoChatLeft();
        assertThat(ran).containsExactly("next");
        // The pool's thread reports the exception as it ends, which may be just after the chat went idle.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (uncaught.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(uncaught).singleElement().satisfies(e -> assertThat(e).hasMessage("boom"));
    }

    @Test
    void tasksWaitingInAChatStillRunOnceThePoolIsShutDown() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        order.execute(message("first"), () -> {
            entered.countDown();
            await(release);
            ran.add(0);
        });
        for (int i = 1; i <= 3; i++) {
            int n = i;
            order.execute(message("queued"), () -> ran.add(n));
        }
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        pool.shutdown();
        release.countDown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly(0, 1, 2, 3);
        assertThat(order.chats()).isZero();
    }

    @Test
    void onceThePoolIsShutDownNewTasksAreRefusedAndLeaveNoChat() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        order.execute(message(PlatformId.TELEGRAM, 7, 1, 1, "busy"), () -> {
            entered.countDown();
            await(release);
        });
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();

        assertThatThrownBy(() -> order.execute(message(PlatformId.TELEGRAM, 7, 1, 2, "behind busy"), () -> { }))
                .isInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(() -> order.execute(message(PlatformId.TELEGRAM, 7, 2, 1, "idle chat"), () -> { }))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(order.chats()).isEqualTo(1);
        release.countDown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order.chats()).isZero();
    }

    @Test
    void ordersEachKindInItsChatAndAMigrationInTheChatItMovedTo() {
        Update migrated = Updates.migrated(PlatformId.TELEGRAM, -100, -1_000_100);

        assertThat(ChatOrder.keyOf(message(PlatformId.VK, 7, 2_000_000_001L, 1, "hi")))
                .contains(new ChatOrder.Key(PlatformId.VK, 2_000_000_001L));
        assertThat(ChatOrder.keyOf(press(PlatformId.TELEGRAM, "q1", 7, 70, 700, "x")))
                .contains(new ChatOrder.Key(PlatformId.TELEGRAM, 70));
        assertThat(ChatOrder.keyOf(Updates.membership(PlatformId.TELEGRAM, Change.JOINED, MembershipSubject.BOT)))
                .contains(new ChatOrder.Key(PlatformId.TELEGRAM, 70));
        assertThat(ChatOrder.keyOf(migrated)).contains(new ChatOrder.Key(PlatformId.TELEGRAM, -1_000_100));
        assertThat(ChatOrder.keyOf(inlinePress("q2", 7, "inline-1", "x"))).isEmpty();
        assertThat(ChatOrder.keyOf(Updates.ignored(PlatformId.TELEGRAM))).isEmpty();
    }

    private void assertIdleWithNoChatLeft() throws InterruptedException {
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order.chats()).isZero();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
