package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fake Telegram and VK servers with real adapters wired to them, as a JUnit 5 extension (fresh
 * fakes for every test) or standalone ({@link #start()} … {@link #close()}).
 *
 * <pre>{@code
 * @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();
 *
 * @Test void votingEditsTheMessage() throws Exception {
 *     Bot bot = MyBot.build(fakes.platforms());
 *     fakes.run(bot, () -> {
 *         FakeUser ira = fakes.telegram().user("Ira");
 *         ira.sends("/start");
 *         ira.presses("Yes");
 *         assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
 *     });
 * }
 * }</pre>
 *
 * <p>The platforms are the real {@link TelegramPlatform} and {@link VkPlatform}, built with the
 * test tokens {@value #TELEGRAM_TOKEN} and {@value #VK_TOKEN}, community {@link FakeVk#GROUP_ID}
 * and the adapters' default retries, with client-side rate limiting <b>off</b>: the fakes' own
 * limits are off here too (FakeVk's 20 requests a second included), so a test runs at full speed.
 * To test pacing, turn a limit on ({@code vk().requestsPerSecond(20)}) and build your own
 * platform. The same fakes serve several bots one after another. Not for concurrent use by
 * several threads while starting or closing.
 *
 * <p><b>A handler that throws fails the test</b>: a bot run by {@link #run} or {@link #start(Bot)}
 * is watched ({@link Bot#addListener}), and the {@link FakeUser} action after which a handler had
 * thrown throws an {@link AssertionError} naming the platform and the update, with the handler's
 * exception as its cause (a {@code KeyboardRejectedException} for a keyboard that fits Telegram but
 * not VK, say); a failure no action reported fails {@code run}, {@code Running.close()} or the
 * test's end. A test that expects handlers to fail says so with {@link #allowingHandlerFailures()}
 * and reads them from {@link #handlerFailures()}.
 */
public final class FakePlatforms implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    /** The Telegram token of {@link #telegramPlatform()}; the fake's bot id is 123. */
    public static final String TELEGRAM_TOKEN = "123:TEST";
    /** The VK community token of {@link #vkPlatform()}. */
    public static final String VK_TOKEN = "vk-test-token";

    private final boolean withTelegram;
    private final boolean withVk;
    private FakeTelegram telegram;
    private FakeVk vk;
    private TelegramPlatform telegramPlatform;
    private VkPlatform vkPlatform;
    private volatile boolean allowHandlerFailures;
    private final List<HandlerFailure> failures = new CopyOnWriteArrayList<>();
    private int reported;
    private final Set<Bot> watched = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final SwitchboardListener watcher = new SwitchboardListener() {
        @Override
        public void handlerFailed(Update update, Exception error) {
            failures.add(new HandlerFailure(update, error));
        }
    };

    /** A handler's exception and the update it was handling. */
    private record HandlerFailure(Update update, Exception error) {
    }

    /** A script run against started fakes with a running bot; may throw anything. */
    @FunctionalInterface
    public interface Script {
        /** Runs the script. */
        void run() throws Exception;
    }

    private FakePlatforms(boolean withTelegram, boolean withVk) {
        this.withTelegram = withTelegram;
        this.withVk = withVk;
    }

    /** Both fakes. */
    public static FakePlatforms telegramAndVk() {
        return new FakePlatforms(true, true);
    }

    /** A fake Telegram only. */
    public static FakePlatforms telegramOnly() {
        return new FakePlatforms(true, false);
    }

    /** A fake VK only. */
    public static FakePlatforms vkOnly() {
        return new FakePlatforms(false, true);
    }

    /**
     * Lets handlers throw without failing the test, for tests that expect it; what they threw is
     * in {@link #handlerFailures()}. By default a handler that throws fails the test.
     */
    public FakePlatforms allowingHandlerFailures() {
        allowHandlerFailures = true;
        return this;
    }

    /** What handlers of the bots run on these fakes threw since {@link #start()}, oldest first. */
    public List<Exception> handlerFailures() {
        return failures.stream().map(HandlerFailure::error).toList();
    }

    /**
     * Starts fresh fakes and builds the platforms (the extension calls this before each test).
     *
     * @throws IllegalStateException if already started and not closed
     */
    public synchronized FakePlatforms start() {
        checkState(telegram == null && vk == null, "already started; close() first");
        failures.clear();
        synchronized (failures) {
            reported = 0;
        }
        try {
            if (withTelegram) {
                telegram = FakeTelegram.open();
                telegramPlatform = TelegramPlatform.builder(TELEGRAM_TOKEN).apiUrl(telegram.apiUrl())
                        .rateLimits(false).build();
            }
            if (withVk) {
                vk = FakeVk.builder().requestsPerSecond(0).open();
                vkPlatform = VkPlatform.builder(VK_TOKEN).groupId(FakeVk.GROUP_ID).apiUrl(vk.apiUrl())
                        .rateLimits(false).build();
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /** Stops the fakes (the extension calls this after each test). Idempotent. */
    @Override
    public synchronized void close() {
        if (telegram != null) {
            telegram.close();
        }
        if (vk != null) {
            vk.close();
        }
        telegram = null;
        vk = null;
        telegramPlatform = null;
        vkPlatform = null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    /** Stops the fakes; fails the test if a handler threw and nothing reported it yet. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
        reportHandlerFailures();
    }

    /**
     * The fake Telegram.
     *
     * @throws IllegalStateException if this has no Telegram (or is not started)
     */
    public synchronized FakeTelegram telegram() {
        checkState(withTelegram, "these FakePlatforms have no Telegram: they were made with %s()", factory());
        checkState(telegram != null, "not started: call start(), or register this as a JUnit extension");
        return telegram;
    }

    /**
     * The fake VK.
     *
     * @throws IllegalStateException if this has no VK (or is not started)
     */
    public synchronized FakeVk vk() {
        checkState(withVk, "these FakePlatforms have no VK: they were made with %s()", factory());
        checkState(vk != null, "not started: call start(), or register this as a JUnit extension");
        return vk;
    }

    /** The real Telegram adapter, talking to {@link #telegram()}. */
    public synchronized TelegramPlatform telegramPlatform() {
        telegram();
        return telegramPlatform;
    }

    /** The real VK adapter, talking to {@link #vk()} as community {@link FakeVk#GROUP_ID}. */
    public synchronized VkPlatform vkPlatform() {
        vk();
        return vkPlatform;
    }

    /** Every configured platform, Telegram first, for {@code Bot.builder().platform(…)}. */
    public synchronized List<BotPlatform> platforms() {
        List<BotPlatform> platforms = new ArrayList<>(2);
        if (withTelegram) {
            platforms.add(telegramPlatform());
        }
        if (withVk) {
            platforms.add(vkPlatform());
        }
        return List.copyOf(platforms);
    }

    /** Both fakes' {@link FakeStats} added up (one fake's when only one is configured). */
    public synchronized FakeStats stats() {
        FakeStats total = new FakeStats(0, 0, 0, 0, 0, 0, 0);
        if (withTelegram) {
            total = total.plus(telegram().stats());
        }
        if (withVk) {
            total = total.plus(vk().stats());
        }
        return total;
    }

    /**
     * Runs {@code script} with {@code bot} running on the fakes. It attaches the bot to every fake (so
     * {@link FakeUser} actions wait for it), starts it, waits until it polls each fake it runs on, runs the
     * script, then stops the bot and detaches, also when the script throws. The script's
     * exception propagates unchanged (a failure to stop is added to it as suppressed).
     *
     * @throws AssertionError if the bot does not poll a fake within the action timeout
     */
    public void run(Bot bot, Script script) throws Exception {
        checkNotNull(script, "script");
        try (Running running = start(bot)) {
            script.run();
        }
    }

    /**
     * Starts {@code bot} on the fakes as {@link #run} does and returns at once; closing the
     * handle stops the bot and detaches it. For interactive loops such as the demo's.
     *
     * @throws AssertionError if the bot does not poll a fake within the action timeout
     */
    public Running start(Bot bot) {
        checkNotNull(bot, "bot");
        Running running = new Running(bot);
        running.begin();
        return running;
    }

    /**
     * Throws an {@link AssertionError} for the handler failures not reported yet (the first as its
     * cause, any others suppressed), unless failures are allowed.
     */
    private void reportHandlerFailures() {
        if (allowHandlerFailures) {
            return;
        }
        List<HandlerFailure> fresh;
        synchronized (failures) {
            fresh = List.copyOf(failures.subList(reported, failures.size()));
            reported += fresh.size();
        }
        if (fresh.isEmpty()) {
            return;
        }
        HandlerFailure first = fresh.get(0);
        AssertionError failed = new AssertionError("a handler failed on " + describe(first.update()) + ": "
                + first.error() + (fresh.size() > 1 ? " (and " + (fresh.size() - 1) + " more)" : "")
                + "; if the test expects that, use FakePlatforms." + factory() + "().allowingHandlerFailures()",
                first.error());
        fresh.stream().skip(1).forEach(more -> failed.addSuppressed(more.error()));
        throw failed;
    }

    /** {@code Telegram message update 5 ("/start")}, {@code VK press update 7 (payload "vote:yes")}. */
    private static String describe(Update update) {
        String what = update.platform().displayName() + " " + update.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " update " + update.updateId().orElse("?");
        if (update instanceof MessageReceived message) {
            return what + " (\"" + message.text() + "\")";
        }
        if (update instanceof ButtonPress press) {
            return what + press.payload().map(p -> " (payload \"" + p + "\")").orElse("");
        }
        return what;
    }

    private String factory() {
        return withTelegram && withVk ? "telegramAndVk" : withTelegram ? "telegramOnly" : "vkOnly";
    }

    /** A bot started on the fakes by {@link #start(Bot)}; {@link #close()} stops it. */
    public final class Running implements AutoCloseable {
        private final Bot bot;
        private boolean closed;

        private Running(Bot bot) {
            this.bot = bot;
        }

        /** The running bot. */
        public Bot bot() {
            return bot;
        }

        private void begin() {
            boolean onTelegram = withTelegram && bot.platforms().contains(PlatformId.TELEGRAM);
            boolean onVk = withVk && bot.platforms().contains(PlatformId.VK);
            if (watched.add(bot)) {
                bot.addListener(watcher);
            }
            long telegramMark = onTelegram ? telegram().attach(bot, FakePlatforms.this::reportHandlerFailures)
                    .pollMark() : 0;
            long vkMark = onVk ? vk().attach(bot, FakePlatforms.this::reportHandlerFailures).pollMark() : 0;
            try {
                bot.start();
                if (onTelegram && !telegram.awaitPollingSince(telegramMark, telegram.actionTimeout())) {
                    throw new AssertionError(bot + " did not call getUpdates on the FakeTelegram within "
                            + telegram.actionTimeout().toMillis() + " ms: was it built with fakes.telegramPlatform()?");
                }
                if (onVk && !vk.awaitPollingSince(vkMark, vk.actionTimeout())) {
                    throw new AssertionError(bot + " did not long-poll the FakeVk within "
                            + vk.actionTimeout().toMillis() + " ms: was it built with fakes.vkPlatform()?");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new AssertionError("interrupted while starting " + bot, e);
            } catch (RuntimeException | AssertionError e) {
                close();
                throw e;
            }
        }

        /**
         * Stops the bot and detaches it from the fakes, then fails if a handler threw and no action
         * reported it (unless failures are allowed). Idempotent.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                bot.stop();
            } finally {
                if (withTelegram && telegram != null) {
                    telegram.detach();
                }
                if (withVk && vk != null) {
                    vk.detach();
                }
            }
            reportHandlerFailures();
        }
    }
}
