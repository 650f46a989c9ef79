package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process fake of the Telegram Bot API on a free loopback port, for tests and the demo.
 * It speaks the methods the Telegram adapter uses ({@code getMe}, {@code getUpdates} with long
 * polling, {@code setWebhook}/{@code deleteWebhook} with webhook delivery, {@code sendMessage},
 * {@code editMessageText}, {@code editMessageReplyMarkup}, {@code answerCallbackQuery}), keeps
 * state like the real service, and refuses what Telegram refuses with Telegram's own error
 * bodies (docs/validation.md) — also when the client skipped validation.
 *
 * <pre>{@code
 * try (FakeTelegram fake = FakeTelegram.open()) {
 *     TelegramPlatform telegram = TelegramPlatform.builder("123:TEST").apiUrl(fake.apiUrl()).build();
 *     // ... start a bot on telegram, then:
 *     FakeUser ira = fake.user("Ira").sends("/start").presses("Yes");
 *     assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
 * }
 * }</pre>
 *
 * <p>{@link #user(String)} makes a simulated {@link FakeUser}; the lower-level hooks
 * ({@link #userSends}, {@link #pressButton}, {@link #block}, {@link #enqueue(JsonNode)}) queue raw
 * updates. Faults: {@link #failNextRequest}, {@link #failNextPoll}. No rate limit unless
 * {@link Builder#perChatPerSecond} sets one. An update of a type the bot did not ask for with
 * {@code allowed_updates} is dropped when it is created, as on Telegram.
 *
 * <p>Thread-safe: test hooks may be called from any thread while the server runs.
 */
public final class FakeTelegram extends FakePlatform<FakeTelegram> {
    /** How long a callback query may be answered, as observed on Telegram. */
    public static final Duration DEFAULT_ANSWER_WINDOW = Duration.ofSeconds(10);
    private static final long DEFAULT_BOT_ID = 123;

    private final TelegramState state;
    private final TelegramRoutes routes;
    private final TelegramWebhookPusher pusher;
    private final TelegramUserChannel users;
    private volatile HttpServer server;
    private ExecutorService executor;
    private Thread pusherThread;

    private FakeTelegram(Builder builder) {
        super("FakeTelegram");
        this.state = new TelegramState(builder.botId, builder.clock, builder.answerWindow, builder.perChatPerSecond,
                stats, sync);
        this.routes = new TelegramRoutes(state);
        this.pusher = new TelegramWebhookPusher(state);
        this.users = new TelegramUserChannel(state, sync);
    }

    /**
     * Opens a fake with the defaults (bot id 123, 10 s answer window, no rate limit, the system
     * clock) on a free port of 127.0.0.1.
     *
     * @throws UncheckedIOException if no server socket can be opened
     */
    public static FakeTelegram open() {
        return builder().open();
    }

    /**
     * A fake with the defaults, not started yet.
     *
     * @deprecated use {@link #open()}, which also starts it
     */
    @Deprecated
    public static FakeTelegram create() {
        return builder().build();
    }

    /** Configures a fake (clock, answer window, per-chat rate limit, bot id). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening on 127.0.0.1 with a free port; returns this fake.
     *
     * @deprecated use {@link #open()} or {@link Builder#open()}, which create and start a fake in one go
     */
    @Deprecated
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
        server.createContext("/", routes);
        server.start();
        pusherThread = new Thread(pusher, "fake-telegram-webhook");
        pusherThread.setDaemon(true);
        pusherThread.start();
        return this;
    }

    /** The base URL to give {@code TelegramPlatform.Builder.apiUrl}; requests go to {@code /bot<token>/<method>}. */
    @Override
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

    @Override
    FakeState state() {
        return state;
    }

    @Override
    FaultQueues faultQueues() {
        return routes;
    }

    @Override
    UserChannel users() {
        return users;
    }

    @Override
    long enqueueCopy(ObjectNode update) {
        return state.enqueue(update);
    }

    // ---- raw incoming updates

    /**
     * Queues a raw update (an object without {@code update_id}, which is assigned); returns its id.
     * An update of a type the bot did not ask for ({@code allowed_updates}) is dropped, as Telegram does.
     *
     * @deprecated use {@link #enqueue(JsonNode)}, the same on both fakes
     */
    @Deprecated
    public long enqueueUpdate(ObjectNode update) {
        return enqueue(update);
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

    // ---- what the bot did

    /** The webhook URL the bot set, if one is set. */
    public Optional<URI> webhookUrl() {
        return state.webhook().map(TelegramState.Webhook::url);
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

        /**
         * Opens the fake on a free port of 127.0.0.1.
         *
         * @throws UncheckedIOException if no server socket can be opened
         */
        public FakeTelegram open() {
            return new FakeTelegram(this).start();
        }

        /**
         * The fake, not started yet.
         *
         * @deprecated use {@link #open()}, which also starts it
         */
        @Deprecated
        public FakeTelegram build() {
            return new FakeTelegram(this);
        }
    }
}
