package dev.switchboard.benchmarks.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.lang.ref.Reference;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The memory soak: one {@link Bot} on Telegram and VK with the default in-memory state and an
 * in-memory {@link PayloadStore}, fed by {@code chats} distinct chats (half Telegram, half VK, one
 * user each) through the platforms' own webhook handlers, with the API answered in process
 * ({@link InProcessApi}, no socket). Each chat's user writes "menu"; the bot replies with a
 * keyboard whose first button carries a {@value #PAYLOAD_CHARS}-character payload (too long for
 * either platform, so it goes out as a stored token); the user presses it and the bot answers a
 * toast. At checkpoints (0, 1/8, 1/4, 1/2 and all of the chats) it measures the heap in use after
 * full collections and counts the entries of every keyed structure in the bot ({@link Census}).
 * Then it measures what one entry of each in-memory store costs, alone in a fresh store.
 *
 * <pre>{@code
 * ./switchboard-bench --memory [chats=200000]
 * }</pre>
 */
public final class MemorySoak {
    /** Chats when none are given. */
    public static final int DEFAULT_CHATS = 200_000;
    /** Length of the long payload, in characters. */
    static final int PAYLOAD_CHARS = 300;
    /** Entries put in each fresh store for the per-entry figures. */
    static final int ENTRY_SAMPLE = 50_000;
    private static final URI NO_NETWORK = URI.create("http://127.0.0.1:9");
    /** Threads delivering updates, each a chat at a time. */
    static final int DRIVERS = 4;
    private static final Duration REPLY_WITHIN = Duration.ofSeconds(10);
    private static final String PADDING = "x".repeat(PAYLOAD_CHARS);

    private MemorySoak() {
    }

    /** Runs the soak with {@code args[0]} chats (default 200,000) and prints the report. */
    public static void main(String[] args) {
        int chats = DEFAULT_CHATS;
        if (args.length > 0) {
            try {
                chats = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("chats must be a whole number, such as 200000: " + args[0], e);
            }
        }
        System.out.print(run(chats, List.of(0, chats / 8, chats / 4, chats / 2, chats), ENTRY_SAMPLE).table());
    }

    /**
     * Feeds {@code chats} chats to a fresh bot, measuring at each of {@code checkpoints} (chats done,
     * ascending, the last one {@code chats}), then the cost of an entry of each store filled with
     * {@code sample} entries.
     */
    static SoakReport run(int chats, List<Integer> checkpoints, int sample) {
        checkArgument(chats > 0, "chats must be positive: %s", chats);
        checkArgument(!checkpoints.isEmpty() && checkpoints.get(checkpoints.size() - 1) == chats,
                "the last checkpoint must be %s: %s", chats, checkpoints);
        long started = System.nanoTime();
        InProcessApi api = new InProcessApi();
        AtomicLong presses = new AtomicLong();
        TelegramPlatform telegram = TelegramPlatform.builder("123456:MEMORY-SOAK").apiUrl(NO_NETWORK).httpClient(api)
                .messagesPerSecond(1e9).build();
        VkPlatform vk = VkPlatform.builder("vk-memory-soak").groupId(ChatTraffic.VK_GROUP).apiUrl(NO_NETWORK)
                .httpClient(api).requestsPerSecond(1e9).build();
        Bot bot = Bot.builder().platform(telegram).platform(vk).payloadStore(PayloadStore.inMemory())
                .onText("menu", (message, ctx) -> ctx.reply("Pick", menu(message.chatId())))
                .onPressPrefix("open", (press, ctx) -> {
                    presses.incrementAndGet();
                    ctx.answer(PressAnswer.toast("Opened"));
                })
                .build();
        List<SoakReport.Checkpoint> measured = new ArrayList<>();
        try {
            UpdateSink sink = bot.webhookSinkHandlingFirst(REPLY_WITHIN);
            WebhookHandler telegramHook = telegram.webhook(ChatTraffic.TELEGRAM_SECRET, sink);
            WebhookHandler vkHook = vk.callback("memory-soak", Optional.empty(), sink);
            ChatTraffic traffic = ChatTraffic.start();
            int done = 0;
            for (int checkpoint : checkpoints) {
                drive(done, checkpoint, chat -> {
                    WebhookHandler hook = ChatTraffic.onTelegram(chat) ? telegramHook : vkHook;
                    deliver(hook, traffic.message(chat));
                    long chatId = ChatTraffic.chatId(chat);
                    String data = api.takeSentData(chatId).orElseThrow(() ->
                            new IllegalStateException("the bot sent no keyboard to chat " + chatId));
                    deliver(hook, traffic.press(chat, data));
                });
                done = checkpoint;
                long heap = HeapGauge.usedAfterGc();
                Map<String, Object> roots = new LinkedHashMap<>();
                roots.put("bot", bot);
                roots.put("telegramWebhook", telegramHook);
                roots.put("vkCallback", vkHook);
                measured.add(new SoakReport.Checkpoint(checkpoint, heap, Census.of(roots)));
            }
        } finally {
            bot.stop();
        }
        if (presses.get() != chats) {
            throw new IllegalStateException("handled " + presses.get() + " presses of " + chats);
        }
        return new SoakReport(chats, PAYLOAD_CHARS, measured, bytesPerEntry(sample),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The keyboard the bot sends to {@code chatId}: a long payload first, a short one second. */
    static Keyboard menu(long chatId) {
        String open = "open:" + chatId + ":";
        return Keyboard.inline()
                .row(Button.callback("Open", open + PADDING.substring(open.length())), Button.callback("Back", "back"))
                .build();
    }

    /**
     * Runs {@code turn} for chats {@code from} (inclusive) to {@code to} on {@value #DRIVERS} threads,
     * each taking every {@value #DRIVERS}th chat, so one chat's message and press stay in order
     * while several chats are in flight (a webhook handler that handles first holds its caller).
     */
    private static void drive(int from, int to, IntConsumer turn) {
        ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < DRIVERS; d++) {
                int first = from + d;
                running.add(drivers.submit(() -> {
                    for (int chat = first; chat < to; chat += DRIVERS) {
                        turn.accept(chat);
                    }
                }));
            }
            for (Future<?> driver : running) {
                driver.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a driver failed: " + e.getCause(), e.getCause());
        } finally {
            drivers.shutdownNow();
        }
    }

    private static void deliver(WebhookHandler hook, WebhookRequest request) {
        WebhookResponse response = hook.handle(request);
        if (response.status() != 200) {
            throw new IllegalStateException("the webhook answered " + response.status() + " " + response.body());
        }
    }

    /**
     * Heap per entry of each in-memory store the bot uses, alone in a fresh instance holding
     * {@code sample} entries shaped as the soak's: a stored long payload, a seen update id, a recent
     * press, a press claim.
     */
    static Map<String, Long> bytesPerEntry(int sample) {
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("stored payload (" + PAYLOAD_CHARS + " characters)", perEntry(sample, PayloadStore::inMemory, (store, i) -> {
            String open = "open:" + i + ":";
            store.put(open + PADDING.substring(open.length()));
        }));
        costs.put("seen update", perEntry(sample, SeenUpdates::inMemory,
                (seen, i) -> seen.firstSeen(PlatformId.TELEGRAM, Integer.toString(100_000_000 + i))));
        costs.put("recent press", perEntry(sample, RecentPresses::inMemory, (recent, i) -> recent.repeated(PlatformId.TELEGRAM,
                (1_000_000_000L + i) + "/2", 1_000_000_000L + i, PayloadStore.newToken(), Duration.ofSeconds(2))));
        costs.put("press claim", perEntry(sample, PressClaims::inMemory,
                (claims, i) -> claims.claim(PlatformId.TELEGRAM, Long.toString(4_000_000_000_000_000L + i), "local")));
        return costs;
    }

    /** Heap after GC per entry of a fresh {@code T} filled by {@code sample} calls of {@code put}. */
    private static <T> long perEntry(int sample, Supplier<T> fresh, ObjIntConsumer<T> put) {
        long before = HeapGauge.usedAfterGc();
        T store = fresh.get();
        for (int i = 0; i < sample; i++) {
            put.accept(store, i);
        }
        long after = HeapGauge.usedAfterGc();
        Reference.reachabilityFence(store);
        return (after - before) / sample;
    }
}
