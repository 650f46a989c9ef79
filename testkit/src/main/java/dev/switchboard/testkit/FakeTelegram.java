package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.core.bot.Bot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process fake of the Telegram Bot API on a free loopback port, for tests and the demo.
 * It speaks the methods the Telegram adapter uses ({@code getMe}, {@code getUpdates} with long
 * polling, {@code setWebhook}/{@code deleteWebhook} with webhook delivery, {@code sendMessage},
 * {@code editMessageText}, {@code editMessageReplyMarkup}, {@code answerCallbackQuery}), keeps
 * state like the real service, and refuses what Telegram refuses with Telegram's own error
 * bodies (limits.md) — also when the client skipped validation.
 *
 * <pre>{@code
 * try (FakeTelegram fake = FakeTelegram.create().start()) {
 *     TelegramPlatform telegram = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).build();
 *     // ... start a bot on telegram, then:
 *     FakeUser ira = fake.user("Ira").sends("/start").presses("Yes");
 *     assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
 * }
 * }</pre>
 *
 * <p>{@link #user(String)} makes a simulated {@link FakeUser}; the lower-level hooks
 * ({@link #userSends}, {@link #pressButton}, {@link #block}, {@link #enqueueUpdate}) queue raw
 * updates. Faults: {@link #failNextRequest}, {@link #failNextPoll}. No rate limit unless
 * {@link Builder#perChatPerSecond} sets one. An update of a type the bot did not ask for with
 * {@code allowed_updates} is dropped when it is created, as on Telegram.
 *
 * <p>Thread-safe: test hooks may be called from any thread while the server runs.
 */
public final class FakeTelegram implements AutoCloseable {
    /** How long a callback query may be answered, as observed on Telegram (limits.md "window"). */
    public static final Duration DEFAULT_ANSWER_WINDOW = Duration.ofSeconds(10);
    private static final long DEFAULT_BOT_ID = 123;

    private final StatsCounter stats = new StatsCounter();
    private final ActionSync sync = new ActionSync("FakeTelegram");
    private final UserIds userIds = new UserIds();
    private final TelegramState state;
    private final TelegramRoutes handler;
    private final TelegramWebhookPusher pusher;
    private final TelegramUserChannel users;
    private volatile HttpServer server;
    private ExecutorService executor;
    private Thread pusherThread;

    private FakeTelegram(Builder builder) {
        this.state = new TelegramState(builder.botId, builder.clock, builder.answerWindow, builder.perChatPerSecond,
                stats, sync);
        this.handler = new TelegramRoutes(state);
        this.pusher = new TelegramWebhookPusher(state);
        this.users = new TelegramUserChannel(state, sync);
    }

    /** A fake with the defaults: bot id 123, 10 s answer window, no rate limit, the system clock. */
    public static FakeTelegram create() {
        return builder().build();
    }

    /** Configures a fake (clock, answer window, per-chat rate limit, bot id). */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening on 127.0.0.1 with a free port; returns this fake. */
    public synchronized FakeTelegram start() {
        checkState(server == null, "already started");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on loopback: " + e.getMessage(), e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-telegram");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        pusherThread = new Thread(pusher, "fake-telegram-webhook");
        pusherThread.setDaemon(true);
        pusherThread.start();
        return this;
    }

    /** The base URL to give {@code TelegramPlatform.Builder.apiUrl}; requests go to {@code /bot<token>/<method>}. */
    public URI apiUrl() {
        checkState(server != null, "not started");
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops the server, ends waiting long polls and the webhook pusher. Idempotent. */
    @Override
    public synchronized void close() {
        state.close();
        pusher.stop();
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            pusherThread.interrupt();
        }
    }

    // ---- simulated users and a bot

    /** A simulated user named {@code name} with a fresh id; see {@link FakeUser}. */
    public FakeUser user(String name) {
        return FakeUser.enrol(name, userIds::assign, users);
    }

    /** A simulated user named {@code name} with id {@code id} (positive; also its private chat's id). */
    public FakeUser user(String name, long id) {
        return FakeUser.enrol(name, () -> userIds.claim(id), users);
    }

    /**
     * Makes {@link FakeUser} actions also wait until {@code bot} is idle (its handlers returned,
     * its presses answered). {@link FakePlatforms#run} attaches and detaches for you.
     */
    public FakeTelegram attach(Bot bot) {
        sync.attach(bot);
        return this;
    }

    /** As {@link #attach(Bot)}; {@code afterAction} runs after each action the bot finished and may throw. */
    FakeTelegram attach(Bot bot, Runnable afterAction) {
        sync.attach(bot, afterAction);
        return this;
    }

    /** Stops waiting for a bot; ends {@code getUpdates} calls still waiting for a bot that stopped. */
    public FakeTelegram detach() {
        sync.detach();
        state.releasePolls();
        return this;
    }

    /** How long a {@link FakeUser} action waits before it fails (default 10 s). */
    public FakeTelegram actionTimeout(Duration timeout) {
        sync.timeout(timeout);
        return this;
    }

    /** How long a {@link FakeUser} action waits before it fails. */
    public Duration actionTimeout() {
        return sync.timeout();
    }

    /** What happened on this fake so far. */
    public FakeStats stats() {
        return stats.snapshot();
    }

    /**
     * Waits until a client calls {@code getUpdates}.
     *
     * @return true when one did, false when {@code timeout} passed first
     */
    public boolean awaitPolling(Duration timeout) throws InterruptedException {
        return state.awaitPoll(0, checkNotNull(timeout, "timeout"));
    }

    /** A mark for {@link #awaitPollingSince}: how many getUpdates calls arrived so far. */
    long pollMark() {
        return state.pollMark();
    }

    /** Waits until a getUpdates arrived after {@code mark}. */
    boolean awaitPollingSince(long mark, Duration timeout) throws InterruptedException {
        return state.awaitPoll(mark, timeout);
    }

    // ---- raw incoming updates

    /**
     * Queues a raw update (an object without {@code update_id}, which is assigned); returns its id.
     * An update of a type the bot did not ask for ({@code allowed_updates}) is dropped, as Telegram does.
     */
    public long enqueueUpdate(ObjectNode update) {
        return state.enqueue(checkNotNull(update, "update"));
    }

    /** A private text message from user {@code chatId} (its chat has the same id); returns the update id. */
    public long userSends(long chatId, String text) {
        checkNotNull(text, "text");
        return state.enqueue(TelegramUpdates.textMessage(chatId, state.name(chatId), state.nextMessageId(chatId), text,
                state.now()));
    }

    /**
     * User {@code chatId} presses the inline button with {@code callbackData} on the bot's message
     * {@code messageId}; queues the {@code callback_query} and returns its query id.
     *
     * @throws IllegalArgumentException if there is no such message or button
     */
    public String pressButton(long chatId, long messageId, String callbackData) {
        return state.press(chatId, chatId, messageId, checkNotNull(callbackData, "callbackData")).queryId();
    }

    /** The user blocks the bot: queues {@code my_chat_member} (kicked); sends then fail with 403. */
    public long block(long chatId) {
        state.setBlocked(chatId, true);
        return state.enqueue(TelegramUpdates.myChatMember(chatId, state.name(chatId), state.botId(), true,
                state.now()));
    }

    /** The user unblocks the bot: queues {@code my_chat_member} (member); sends work again. */
    public long unblock(long chatId) {
        state.setBlocked(chatId, false);
        return state.enqueue(TelegramUpdates.myChatMember(chatId, state.name(chatId), state.botId(), false,
                state.now()));
    }

    /** Updates not yet confirmed by a {@code getUpdates} offset or delivered to the webhook. */
    public int pendingUpdates() {
        return state.pendingCount();
    }

    // ---- what the bot did

    /** The bot's messages in {@code chatId}, oldest first, as they are now (after edits). */
    public List<SentMessage> messages(long chatId) {
        return state.messages(chatId);
    }

    /** The bot's latest message in {@code chatId}, if any. */
    public Optional<SentMessage> lastMessage(long chatId) {
        List<SentMessage> messages = state.messages(chatId);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /** Every accepted {@code answerCallbackQuery}, in order, read back as neutral answers. */
    public List<AnsweredPress> answers() {
        return state.answers();
    }

    /** The webhook URL the bot set, if one is set. */
    public Optional<URI> webhookUrl() {
        return state.webhook().map(TelegramState.Webhook::url);
    }

    // ---- faults

    /**
     * Plays faults on a random share of the requests that have no queued fault, from now on (the
     * plan replaces the last one; {@link RandomFaults#NONE} stops it).
     */
    public void injectRandomFaults(RandomFaults faults) {
        handler.dice.use(checkNotNull(faults, "faults"));
    }

    /** How many requests drew from the random fault plans so far, and the faults played, by kind. */
    public RandomFaultStats randomFaults() {
        return handler.dice.stats();
    }

    /** Plays {@code fault} on the next request other than {@code getUpdates} (queued: one per request, in order). */
    public void failNextRequest(Fault fault) {
        handler.failNextRequest(checkNotNull(fault, "fault"));
    }

    /** Plays {@code fault} on the next {@code getUpdates} (queued: one per poll, in order). */
    public void failNextPoll(Fault fault) {
        handler.failNextPoll(checkNotNull(fault, "fault"));
    }

    @Override
    public String toString() {
        return "FakeTelegram[" + (server == null ? "not started" : apiUrl()) + "]";
    }

    /** Options of a {@link FakeTelegram}. Not thread-safe; build once. */
    public static final class Builder {
        private long botId = DEFAULT_BOT_ID;
        private Clock clock = Clock.systemUTC();
        private Duration answerWindow = DEFAULT_ANSWER_WINDOW;
        private int perChatPerSecond;

        private Builder() {
        }

        /** The bot's user id, returned by {@code getMe}; default 123 (matching the token "123:…"). */
        public Builder botId(long id) {
            checkArgument(id > 0, "botId must be positive: %s", id);
            this.botId = id;
            return this;
        }

        /** The clock for the answer window, the rate limit and message dates; inject one in tests. */
        public Builder clock(Clock value) {
            this.clock = checkNotNull(value, "clock");
            return this;
        }

        /** How long after a press {@code answerCallbackQuery} is accepted; default 10 s. */
        public Builder answerWindow(Duration window) {
            checkNotNull(window, "window");
            checkArgument(!window.isNegative(), "answerWindow must not be negative: %s", window);
            this.answerWindow = window;
            return this;
        }

        /** Sends and edits allowed per chat in any one second before 429; 0 (the default) is no limit. */
        public Builder perChatPerSecond(int limit) {
            checkArgument(limit >= 0, "perChatPerSecond must not be negative: %s", limit);
            this.perChatPerSecond = limit;
            return this;
        }

        public FakeTelegram build() {
            return new FakeTelegram(this);
        }
    }
}
