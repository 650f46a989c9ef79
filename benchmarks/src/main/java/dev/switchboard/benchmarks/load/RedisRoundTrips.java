package dev.switchboard.benchmarks.load;

import dev.switchboard.benchmarks.load.RedisMonitor.Command;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.redis.RedisState;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatform;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.testkit.LocalRedis;
import dev.switchboard.vk.VkPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts the Redis round trips one update costs a bot whose state is a {@link RedisState}, end to
 * end: a {@link LocalRedis}, a {@link FakeTelegram} and a {@link FakeVk}, one {@link Bot} on both
 * with {@code sharedState(RedisState)}, a press handler that answers a toast and a message handler
 * that does nothing. Simulated users press callback buttons and send text, one update at a time
 * (each action waits until the bot is idle). Redis's {@code MONITOR} stream shows every command the
 * bot's connection runs; markers written into that stream by the driver (before the update, after
 * the bot went idle) and by the handler (when it starts) split each update's commands into before
 * and after the handler. {@code RedisState} calls Redis synchronously, one command per call, so
 * one command is one round trip. Lease and checkpoint commands belong to the poller, not to an
 * update, and are listed apart.
 *
 * <p>Then, without MONITOR and markers, the same presses and messages run against a bot with the
 * in-memory defaults and against a bot on Redis; the time from a user's action until its handler
 * starts, and the time the press handler's {@code ctx.answer} takes, give the added latency (median
 * and p99). The fakes' own HTTP time dwarfs it, so the press's store calls are also timed straight
 * on {@code RedisState} and on the in-memory stores.
 *
 * <pre>{@code
 * ./switchboard-bench --redis-round-trips [presses=500] [messages=500]
 * }</pre>
 */
public final class RedisRoundTrips {
    static final String NAMESPACE = "rt";
    private static final int USERS = 100;
    private static final int BUTTONS = 10;
    private static final int WARMUP = 20;

    private RedisRoundTrips() {
    }

    /** Runs the count and the timing and prints the tables. */
    public static void main(String[] args) throws Exception {
        int presses = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        RoundTripReport report = measure(presses, messages, true);
        System.out.print(report.table());
    }

    /**
     * Counts {@code presses} presses and {@code messages} messages per platform; with {@code timed},
     * also times them on Redis and in memory.
     */
    static RoundTripReport measure(int presses, int messages, boolean timed) throws Exception {
        if (presses > USERS * BUTTONS) {
            throw new IllegalArgumentException("at most " + USERS * BUTTONS + " presses (each user and button once)");
        }
        try (LocalRedis redis = LocalRedis.start()) {
            List<RoundTripReport.Row> rows;
            Map<String, Integer> poller;
            try (RedisMonitor monitor = RedisMonitor.open(redis.port())) {
                Drive counted = drive(redis, NAMESPACE, presses, messages, monitor::mark, () -> {
                    try {
                        monitor.clear();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
                List<Command> commands = monitor.commands();
                RoundTripCount count = RoundTripCount.of(commands, NAMESPACE);
                rows = count.rows();
                poller = count.poller();
            }
            Map<String, long[]> inMemory = Map.of();
            Map<String, long[]> onRedis = Map.of();
            if (timed) {
                inMemory = new LinkedHashMap<>(drive(null, null, presses, messages, text -> { }, () -> { }).latencies);
                onRedis = new LinkedHashMap<>(drive(redis, NAMESPACE + "-timed", presses, messages, text -> { },
                        () -> { }).latencies);
                inMemory.putAll(storeCalls(SeenUpdates.inMemory(), RecentPresses.inMemory(), PressClaims.inMemory(),
                        presses));
                try (RedisState state = RedisState.builder(redis.uri()).namespace(NAMESPACE + "-store").build()) {
                    onRedis.putAll(storeCalls(state.seenUpdates(), state.recentPresses(), state.pressClaims(), presses));
                }
            }
            return new RoundTripReport(presses, messages, rows, poller, inMemory, onRedis);
        }
    }

    /**
     * What the handlers report: in the counted run a marker in the MONITOR stream, in the timed runs
     * the time. Updates go one at a time, so one set of fields serves.
     */
    private static final class Probe {
        private final Consumer<String> mark;
        volatile long actionStarted;
        volatile long handlerStarted;
        volatile long answered;

        Probe(Consumer<String> mark) {
            this.mark = mark;
        }

        void action() {
            actionStarted = System.nanoTime();
        }

        void handler() {
            handlerStarted = System.nanoTime();
            mark.accept("handler");
        }

        void answered() {
            answered = System.nanoTime();
        }
    }

    /**
     * Nanoseconds by "platform press" (from the user's press until its handler starts), "platform
     * answer" (the handler's {@code ctx.answer}: claim and answer call) and "platform message" (from
     * the user's message until its handler starts), in the order taken.
     */
    private record Drive(Map<String, long[]> latencies) {
    }

    /**
     * One bot on fresh fakes; with {@code redis}, its state there under {@code namespace}.
     * {@code counting} runs after the set-up (menus sent, scripts loaded), before the measured updates.
     */
    private static Drive drive(LocalRedis redis, String namespace, int presses, int messages,
            Consumer<String> mark, Runnable counting) throws Exception {
        Map<String, long[]> latencies = new LinkedHashMap<>();
        try (FakeTelegram telegram = FakeTelegram.open();
                FakeVk vk = FakeVk.builder().requestsPerSecond(0).open()) {
            RedisState state = redis == null ? null : RedisState.builder(redis.uri()).namespace(namespace).build();
            Probe probe = new Probe(mark);
            Bot bot = bot(telegram, vk, state, probe);
            try {
                bot.start();
                List<FakePlatform<?>> fakes = List.of(telegram, vk);
                Map<FakePlatform<?>, List<FakeUser>> users = new LinkedHashMap<>();
                for (FakePlatform<?> fake : fakes) {
                    fake.attach(bot);
                    if (!fake.awaitPolling(Duration.ofSeconds(10))) {
                        throw new IllegalStateException(fake + " was not polled");
                    }
                    List<FakeUser> list = new ArrayList<>();
                    for (int u = 0; u < USERS; u++) {
                        list.add(fake.user("user" + u).sends("menu"));
                    }
                    users.put(fake, list);
                    // The first presses load the Lua scripts (EVALSHA refused, then EVAL): once per Redis, not per press.
                    for (int i = 0; i < WARMUP; i++) {
                        list.get(i).presses("b" + (BUTTONS - 1)).sends("w" + i);
                    }
                }
                counting.run();
                for (FakePlatform<?> fake : fakes) {
                    String platform = fake instanceof FakeTelegram ? "telegram" : "vk";
                    List<FakeUser> list = users.get(fake);
                    long[] pressTimes = new long[presses];
                    long[] answerTimes = new long[presses];
                    for (int i = 0; i < presses; i++) {
                        FakeUser user = list.get(i % USERS);
                        // each user presses each button at most once, so no press falls in the duplicate window
                        String label = "b" + (i / USERS) % BUTTONS;
                        mark.accept("begin " + platform + " press " + i);
                        probe.action();
                        user.presses(label);
                        pressTimes[i] = probe.handlerStarted - probe.actionStarted;
                        answerTimes[i] = probe.answered - probe.handlerStarted;
                        mark.accept("end");
                    }
                    long[] messageTimes = new long[messages];
                    for (int i = 0; i < messages; i++) {
                        FakeUser user = list.get(i % USERS);
                        mark.accept("begin " + platform + " message " + i);
                        probe.action();
                        user.sends("m" + i);
                        messageTimes[i] = probe.handlerStarted - probe.actionStarted;
                        mark.accept("end");
                    }
                    latencies.put(platform + " press", pressTimes);
                    latencies.put(platform + " answer", answerTimes);
                    latencies.put(platform + " message", messageTimes);
                    fake.detach();
                }
            } finally {
                bot.stop();
                if (state != null) {
                    state.close();
                }
            }
        }
        return new Drive(latencies);
    }

    /**
     * The same calls a press makes, straight on the stores, without the platforms: "store before"
     * (taking the update and the duplicate window) and "store claim" (the claim and finishing the
     * update), nanoseconds per press, after a warm-up.
     */
    private static Map<String, long[]> storeCalls(SeenUpdates seen, RecentPresses recent, PressClaims claims,
            int presses) {
        long[] before = new long[presses];
        long[] claim = new long[presses];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < presses; i++) {
                String id = round + "-" + i;
                long started = System.nanoTime();
                seen.take(PlatformId.TELEGRAM, id, "bench", "{\"update_id\":" + i + "}");
                recent.repeated(PlatformId.TELEGRAM, "chat-" + i + ":1", i, "vote:" + round, Duration.ofSeconds(2));
                long handler = System.nanoTime();
                claims.claim(PlatformId.TELEGRAM, id);
                seen.finished(PlatformId.TELEGRAM, id, "bench");
                before[i] = handler - started;
                claim[i] = System.nanoTime() - handler;
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        times.put("store before", before);
        times.put("store claim", claim);
        return times;
    }

    private static Bot bot(FakeTelegram telegram, FakeVk vk, RedisState state, Probe probe) {
        TelegramPlatform telegramPlatform = TelegramPlatform.builder("123:ROUND-TRIPS").apiUrl(telegram.apiUrl())
                .rateLimits(false).build();
        VkPlatform vkPlatform = VkPlatform.builder("vk-round-trips").groupId(FakeVk.GROUP_ID).apiUrl(vk.apiUrl())
                .rateLimits(false).build();
        List<Button> buttons = new ArrayList<>();
        for (int b = 0; b < BUTTONS; b++) {
            buttons.add(Button.callback("b" + b, "vote:" + b));
        }
        Keyboard menu = Keyboard.inline().row(buttons.subList(0, BUTTONS / 2))
                .row(buttons.subList(BUTTONS / 2, BUTTONS)).build();
        Bot.Builder builder = Bot.builder().platform(telegramPlatform).platform(vkPlatform)
                .onMessage(message -> message.text().equals("menu"), (message, ctx) -> ctx.reply("Vote", menu))
                .onMessage(message -> !message.text().equals("menu"), (message, ctx) -> probe.handler())
                .onPressPrefix("vote", (press, ctx) -> {
                    probe.handler();
                    ctx.answer(PressAnswer.toast("Counted"));
                    probe.answered();
                });
        if (state != null) {
            builder.sharedState(state);
        }
        return builder.build();
    }
}
