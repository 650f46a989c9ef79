package dev.switchboard.testkit.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.testing.Waiting;
import dev.switchboard.testkit.AnsweredPress;
import dev.switchboard.testkit.FakePlatform;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.RandomFaultStats;
import dev.switchboard.testkit.RandomFaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded soak of one platform: thousands of messages and presses arrive at a steady pace while a
 * share of the fake's requests fail, handlers are sometimes slower than arrival, and the bot is
 * stopped and built again twice; then every update must have been handled exactly once and every
 * press answered exactly once. The platform-specific parts (users, presses, the fake's records)
 * come from the subclass.
 */
abstract class DeliverySoak {
    private static final Logger LOG = LoggerFactory.getLogger(DeliverySoak.class);
    static final int CHATS = 20;
    static final int UPDATES = 5_000;
    static final double FAULT_RATE = 0.12;
    /** 400 updates a second. */
    static final Duration PACE = Duration.ofNanos(2_500_000);
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final CheckpointStore checkpoints = CheckpointStore.inMemory();
    private final SeenUpdates seen = SeenUpdates.inMemory();
    private final List<String> expectedMessages = new ArrayList<>();
    private final List<String> expectedPresses = new ArrayList<>();

    /** A fresh platform pointed at the fake, as a restarted process would make. */
    abstract BotPlatform platform();

    /** The fake the bot talks to. */
    abstract FakePlatform<?> fake();

    /** The faults the fake can play (all of them, for this platform). */
    abstract List<Fault> faults();

    /** Chat {@code chat} sends {@code text}. */
    abstract void userSends(long chat, String text);

    /** Chat {@code chat} presses the button with {@code payload} on the bot's last message; returns the press id. */
    abstract String userPresses(long chat, String payload);

    /** The chat ids of the soak's users. */
    abstract long chat(int index);

    private void injectFaults(List<Fault> faults, double rate, long seed) {
        fake().injectRandomFaults(new RandomFaults(seed, rate, faults));
    }

    private boolean keyboardReached(long chat) {
        return fake().lastMessage(chat).flatMap(message -> message.keyboard()).isPresent();
    }

    private int pending() {
        return fake().pendingUpdates().size();
    }

    private Bot bot() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "p:a"), Button.callback("B", "p:b")).build();
        return Bot.builder().platform(platform()).checkpoints(checkpoints).seenUpdates(seen)
                .handlerThreads(16).handlerQueue(64).duplicateWindow(Duration.ZERO).shutdownTimeout(Duration.ofSeconds(10))
                .onCommand("start", (message, ctx) -> ctx.reply("Pick one", keyboard))
                .onMessage(message -> message.text().startsWith("m"), (message, ctx) -> {
                    slowAtTimes();
                    count("message " + message.chatId() + " " + message.text());
                })
                .onPressPrefix("p", (press, ctx) -> {
                    slowAtTimes();
                    count("press " + press.pressId());
                    ctx.answer(PressAnswer.toast("got " + press.payload().orElse("")));
                })
                .build();
    }

    /** Runs the soak and asserts; returns the figures for the log. */
    final String run(long seed) throws Exception {
        Bot bot = bot();
        bot.start();
        fake().awaitPolling(Duration.ofSeconds(10));
        for (int i = 0; i < CHATS; i++) {
            userSends(chat(i), "/start");
        }
        Waiting.until(() -> allKeyboardsReached(), Duration.ofSeconds(20), "every chat got the keyboard");
        injectFaults(faults(), FAULT_RATE, seed);
        Random random = new Random(seed);
        long started = System.nanoTime();
        int restarts = 0;
        for (int n = 0; n < UPDATES; n++) {
            if (n == UPDATES / 3 || n == 2 * UPDATES / 3) {
                bot.stop();
                bot = bot();
                startPastFaults(bot);
                restarts++;
            }
            long chat = chat(random.nextInt(CHATS));
            if (random.nextInt(10) < 4) {
                expectedPresses.add("press " + userPresses(chat, random.nextBoolean() ? "p:a" : "p:b"));
            } else {
                String text = "m" + n;
                userSends(chat, text);
                expectedMessages.add("message " + chat + " " + text);
            }
            Waiting.pace(started, n, PACE);
        }
        Waiting.until(() -> pending() == 0 && handled.size() >= expectedMessages.size() + expectedPresses.size(),
                DRAIN_LIMIT, "every update handed over");
        bot.awaitIdle(Duration.ofSeconds(20));
        bot.stop();
        injectFaults(List.of(), 0, seed);
        return verify(restarts, Duration.ofNanos(System.nanoTime() - started));
    }

    private String verify(int restarts, Duration took) {
        List<String> expected = new ArrayList<>(expectedMessages);
        expected.addAll(expectedPresses);
        long lost = expected.stream().filter(key -> !handled.containsKey(key)).count();
        long twice = handled.values().stream().filter(count -> count.get() > 1).count();
        Map<String, Long> answersPerPress = fake().answers().stream()
                .collect(Collectors.groupingBy(AnsweredPress::pressId, Collectors.counting()));
        long answeredOnce = expectedPresses.stream()
                .filter(key -> answersPerPress.getOrDefault(key.substring("press ".length()), 0L) == 1).count();
        long neverAnswered = expectedPresses.stream()
                .filter(key -> !answersPerPress.containsKey(key.substring("press ".length()))).count();
        long answeredTwice = answersPerPress.values().stream().filter(count -> count > 1).count();
        RandomFaultStats faults = fake().randomFaults();
        String figures = String.format("%d updates (%d messages, %d presses), %d of %d requests faulted (%.1f %%) %s,"
                        + " %d restarts,"
                        + " %.1f s: lost %d, handled twice %d; presses answered once %d, never %d, twice %d,"
                        + " answers refused %d", expected.size(), expectedMessages.size(), expectedPresses.size(),
                faults.faults(), faults.requests(), faults.share() * 100, faults.played(), restarts, took.toMillis() / 1000.0, lost, twice, answeredOnce, neverAnswered,
                answeredTwice, fake().stats().answersRefused());
        LOG.info("soak: {}", figures);
        System.out.println("SOAK " + getClass().getSimpleName() + ": " + figures);
        assertThat(lost).as(figures).isZero();
        assertThat(twice).as(figures).isZero();
        assertThat(handled).as(figures).hasSize(expected.size());
        assertThat(answeredOnce).as(figures).isEqualTo(expectedPresses.size());
        assertThat(answeredTwice).as(figures).isZero();
        assertThat(faults.share()).as(figures).isGreaterThanOrEqualTo(0.10);
        return figures;
    }

    private boolean allKeyboardsReached() {
        return IntStream.range(0, CHATS).allMatch(i -> keyboardReached(chat(i)));
    }

    private void count(String key) {
        handled.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One handler in twenty takes 20–60 ms: slower than arrival, so the queue fills at times. */
    private static void slowAtTimes() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(20) == 0) {
            try {
                Thread.sleep(20 + random.nextInt(40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts {@code bot} while faults are on. Its start-up check ({@code getMe}, {@code groups.getById})
     * is not retried and leaves the bot unstarted when it fails, so a check that meets an injected
     * fault is simply tried again, as an operator would.
     */
    private static void startPastFaults(Bot bot) {
        for (int attempt = 1; ; attempt++) {
            try {
                bot.start();
                return;
            } catch (SwitchboardException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
