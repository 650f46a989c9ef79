package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.payload.PayloadCodec;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.KeyboardMemory;
import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * One bot on one or more platforms: handlers written once, updates from every platform routed to
 * them. Build it, then {@link #run()} it.
 *
 * <pre>{@code
 * Bot bot = Bot.builder()
 *     .platform(telegram).platform(vk)
 *     .onCommand("start", (msg, ctx) -> ctx.reply("Do you like it?", Keyboard.inline()
 *         .row(Button.callback("Yes", VOTE.pack(new Vote(7, true))),
 *              Button.callback("No", VOTE.pack(new Vote(7, false))))
 *         .build()))
 *     .onPress(VOTE, (press, vote, ctx) -> ctx.answer(PressAnswer.toast("Thanks!")))
 *     .build();
 * bot.run();
 * }</pre>
 *
 * <p>Routing: the first handler that matches wins, in registration order. Presses match by exact
 * payload, by a payload segment ({@code onPressPrefix("cat")} takes {@code cat} and {@code cat:…},
 * never {@code category}), by codec or by predicate. Every callback press is answered exactly once
 * (see {@link BotContext}); an unmatched one at once, with {@code none()}. The same press again
 * within the duplicate window is answered and not dispatched. Presses on text buttons arrive as
 * {@link ButtonPress}es with source TEXT on both platforms. The update types asked from each
 * platform are derived from the handlers. Handlers run on a bounded executor.
 *
 * <p>Payloads: with {@link Builder#payloadStore} a payload too long for a platform goes out as a
 * short token and comes back resolved, and a token the store no longer knows reaches only
 * {@link Builder#onExpiredPress} (the user gets a toast); with {@link Builder#signPayloads} every
 * payload is signed on the way out and verified before any handler runs. Handlers always see the
 * original payload.
 *
 * <p>Lifecycle: {@link #run()} or {@link #start()} once; {@link #stop()} stops the update sources,
 * lets running handlers finish within the shutdown timeout and answers presses still open.
 * Thread-safe.
 */
public final class Bot {
    private final List<BotPlatform> platforms;
    private final Dispatcher dispatcher;
    private final Map<PlatformId, BotMessenger> messengers;
    private final UpdateNeeds needs;
    private final BotLifecycle lifecycle;
    private final ListenerGroup listeners;
    private final String replicaId;
    private final WebhookChatLeases chatLeases;
    private static final int MAX_RECENT_PRESSES = 100_000;

    private Bot(Builder builder) {
        checkArgument(!builder.platforms.isEmpty(), "a bot needs at least one platform");
        this.platforms = List.copyOf(builder.platforms);
        Scheduler scheduler = builder.scheduler != null ? builder.scheduler : new SystemScheduler();
        Ticker ticker = scheduler.ticker();
        ListenerGroup listener = ListenerGroup.of(builder.listener);
        this.listeners = listener;
        this.replicaId = builder.replicaId;
        Leases leases = builder.leases != null ? builder.leases : Leases.inMemory();
        this.chatLeases = new WebhookChatLeases(leases, replicaId);
        PressAnswers answers = new PressAnswers(scheduler, ticker, listener,
                builder.pressClaims != null ? builder.pressClaims : PressClaims.inMemory(), replicaId);
        DuplicatePresses duplicates = new DuplicatePresses(builder.recentPresses != null ? builder.recentPresses
                : RecentPresses.inMemory(MAX_RECENT_PRESSES, ticker), builder.duplicateWindow);
        TextButtons textButtons = new TextButtons(builder.keyboards != null ? builder.keyboards
                : KeyboardMemory.inMemory(builder.keyboardChats, ticker), builder.keyboardAge);
        builder.shared.ifPresent(state -> platforms.forEach(platform -> platform.share(state)));
        Clients clients = new Clients(ticker, listener);
        PayloadPipeline pipeline = StoringSigningPipeline.of(builder.store, builder.signer);
        Map<PlatformId, Dispatcher.Slot> slots = new LinkedHashMap<>();
        Map<PlatformId, BotMessenger> byId = new LinkedHashMap<>();
        for (BotPlatform platform : platforms) {
            Messenger platformMessenger = platform.messenger();
            BotMessenger messenger = new BotMessenger(platform, platformMessenger, clients, pipeline, textButtons,
                    duplicates, this::migrated, answers, listener);
            Duration deadline = builder.deadlines.getOrDefault(platform.id(), platform.answerDeadline());
            slots.put(platform.id(), new Dispatcher.Slot(platform, platformMessenger, messenger, deadline));
            byId.put(platform.id(), messenger);
        }
        this.messengers = Map.copyOf(byId);
        Routes routes = new Routes(builder.routes);
        this.needs = builder.needs != null ? builder.needs : Needs.derive(routes.all());
        ExecutorService executor = builder.executor != null ? builder.executor
                : BotLifecycle.handlerExecutor(builder.handlerThreads);
        HandlerPermits permits = new HandlerPermits(builder.handlerThreads + builder.handlerQueue, listener, ticker);
        this.dispatcher = new Dispatcher(slots, permits, builder.seenUpdates, new Migrations(ticker), clients,
                textButtons, duplicates, pipeline, routes,
                new Dispatcher.Expiry(builder.expiredHandler, builder.expiredAnswer), executor, answers, listener,
                replicaId, ticker);
        this.lifecycle = new BotLifecycle(platforms, needs, builder.checkpoints, dispatcher, executor, scheduler,
                answers, listener, builder.shutdownTimeout,
                new PollerLeases(leases, replicaId, builder.pollerLease),
                new OrphanAdoption(platforms, builder.seenUpdates, dispatcher, replicaId, builder.pollerLease, listener));
        SwitchboardListener migrations = new SwitchboardListener() {
            @Override
            public void chatMigrated(ChatMigrated migrated) {
                Bot.this.migrated(migrated);
            }
        };
        platforms.forEach(platform -> platform.addListener(migrations));
    }

    /**
     * This replica's name among the bot's replicas: the holder of its poller leases and what its
     * log lines say ({@link Builder#replicaId}).
     */
    public String replicaId() {
        return replicaId;
    }

    /** Starts configuring a bot. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a thread per platform that reads its update source, and blocks until {@link #stop()}
     * (from another thread, a handler or a shutdown hook) has finished, or until every source has
     * ended, and then stops the bot. A source that fails is logged and the others go on. For
     * Ctrl-C, call {@code stop()} from a shutdown hook. If the calling thread is interrupted, the
     * bot stops as by {@code stop()} and the interrupt flag is set again.
     *
     * @throws SourceFailedException once stopped, if a source failed while the bot was running
     * @throws IllegalStateException if the bot was started before
     */
    public void run() {
        lifecycle.run();
    }

    /**
     * Starts a thread per platform that reads its update source, and returns.
     *
     * @throws IllegalStateException if the bot was started before
     */
    public void start() {
        lifecycle.start();
    }

    /**
     * Stops the update sources, lets handlers finish within the shutdown timeout (then interrupts
     * them) and answers presses still open with {@code none()}. Returns when done; idempotent.
     * Called from a handler, it stops the bot in the background and returns at once.
     */
    public void stop() {
        lifecycle.stop();
    }

    /**
     * Hands one update to the dispatcher, as the update sources do: routing runs on the calling
     * thread, the handler on the executor. While the handlers are saturated (every thread busy, the
     * queue full) it waits for room, so a source that calls it stops fetching instead of dropping.
     * An update with a platform id taken before (within the {@linkplain Builder#seenUpdates
     * de-duplication window}) is reported and not dispatched again. Tests and custom sources call it
     * directly; as an {@link dev.switchboard.core.spi.UpdateSink}, {@code bot::dispatch}.
     *
     * @throws UpdateRefusedException if the bot is stopping: the update was not taken
     * @throws IllegalArgumentException if the update's platform is not one of this bot's
     */
    public void dispatch(Update update) {
        dispatcher.dispatch(update);
    }

    /**
     * Hands one update to the dispatcher without waiting: what a webhook calls. When the handlers are
     * saturated the update is refused at once, so the webhook can answer in a way that makes the
     * platform deliver it again (Telegram re-sends a non-2xx answer, VK one not answered {@code ok}).
     * Use {@link #webhookSink()} to hand it to a platform's webhook handler.
     *
     * @throws UpdateRefusedException if the handlers are saturated or the bot is stopping: the update was not taken
     * @throws IllegalArgumentException if the update's platform is not one of this bot's
     */
    public void offer(Update update) {
        dispatcher.offer(update);
    }

    /**
     * A sink for a platform's webhook handler that answers the platform only once the update was
     * handled (its handler returned and its press was answered), or {@code replyWithin} passed,
     * whichever comes first; otherwise as {@link #webhookSink()}. Telegram sends a chat's next
     * update only after the webhook answered the previous one, so with several webhook replicas
     * behind a load balancer one chat's updates are then handled in order, one at a time, whichever
     * replica each lands on. A short per-chat lease in the bot's {@linkplain Builder#leases leases}
     * (shared with {@link Builder#sharedState}) keeps that true where the platform does not wait
     * (VK's Callback API): a replica waits up to {@code replyWithin} for another to finish the chat's
     * update before it handles the next. Keep {@code replyWithin} well under the platform's own
     * webhook timeout (a few seconds); a slower handler goes on after the answer.
     *
     * <pre>{@code
     * server.route("/telegram", telegram.webhook(secret, bot.webhookSinkHandlingFirst(Duration.ofSeconds(5))));
     * }</pre>
     */
    public UpdateSink webhookSinkHandlingFirst(Duration replyWithin) {
        checkArgument(replyWithin != null && !replyWithin.isNegative() && !replyWithin.isZero(),
                "replyWithin must be positive: %s", replyWithin);
        lifecycle.servingWebhooks();
        return new UpdateSink() {
            @Override
            public void accept(Update update) {
                offer(update);
            }

            @Override
            public void offer(Update update) {
                Optional<Lease> chat = chatLeases.await(update, replyWithin);
                try {
                    dispatcher.offerAndAwait(update, replyWithin);
                } finally {
                    chat.ifPresent(chatLeases::release);
                }
            }
        };
    }

    /**
     * The sink for a platform's webhook handler: {@link #offer} on both {@code accept} and
     * {@code offer}, so a saturated bot refuses instead of holding the platform's request. A bot
     * that serves webhooks need not be {@linkplain #start() started}; from the first call of this
     * method it keeps its heartbeat in the {@linkplain Builder#sharedState shared state} and adopts
     * what dead replicas left, as a started bot does, until {@link #stop()}.
     *
     * <pre>{@code
     * server.route("/telegram", telegram.webhook(secret, bot.webhookSink()));
     * }</pre>
     */
    public UpdateSink webhookSink() {
        lifecycle.servingWebhooks();
        return new UpdateSink() {
            @Override
            public void accept(Update update) {
                dispatcher.offer(update);
            }

            @Override
            public void offer(Update update) {
                dispatcher.offer(update);
            }
        };
    }

    /**
     * Waits until the bot has caught up: every handler started so far has returned and every press
     * it took is answered. Updates still on their way from a platform are not counted — a test
     * driver first waits for the platform to have delivered its update (the testkit's fakes do).
     *
     * @return true when idle, false if {@code timeout} passed first
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        checkNotNull(timeout, "timeout");
        return dispatcher.awaitIdle(timeout);
    }

    /**
     * Makes {@code listener} hear the runtime's reports too (handler failures, automatic answers,
     * …), after the builder's {@link Builder#listener} and any added before: for tools that get a
     * bot already built, such as the testkit's fakes. The same rules apply: be fast, do not throw
     * (a listener that throws is logged and ignored). Thread-safe; hears only later reports.
     */
    public void addListener(SwitchboardListener listener) {
        listeners.add(checkNotNull(listener, "listener"));
    }

    /** The platforms this bot runs on, in the order they were added. */
    public List<PlatformId> platforms() {
        return platforms.stream().map(BotPlatform::id).toList();
    }

    /**
     * The messenger of {@code platform} with the runtime's bookkeeping, for sends outside handlers
     * (broadcasts): keyboards are adapted and remembered as in {@link BotContext#messenger()}.
     *
     * @throws IllegalArgumentException if the platform is not one of this bot's
     */
    public Messenger messenger(PlatformId platform) {
        BotMessenger messenger = messengers.get(checkNotNull(platform, "platform"));
        checkArgument(messenger != null, "no platform %s in this bot", platform);
        return messenger;
    }

    /** What the bot asks its platforms for. */
    UpdateNeeds needs() {
        return needs;
    }

    @Override
    public String toString() {
        return "Bot" + platforms.stream().map(p -> p.id().value()).toList();
    }

    private void migrated(ChatMigrated migrated) {
        if (messengers.containsKey(migrated.platform())) {
            dispatcher.dispatchInternal(migrated);
        }
    }

    /**
     * Configures a {@link Bot}. Defaults: a 2-second duplicate window; each platform's own answer
     * deadline; 8 handler threads with 1 000 queued updates; a 10-second shutdown timeout; checkpoints
     * and seen updates in this bot's memory (see {@link #checkpoints} and {@link #seenUpdates}); the last
     * standard keyboard of up to 10 000 chats remembered for 7 days; update types derived from the
     * handlers; no listener; no payload store and no signing (an overlong payload fails the send);
     * expired presses answered with the toast "This button has expired.". Not thread-safe.
     */
    public static final class Builder {
        private final List<BotPlatform> platforms = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private final Map<PlatformId, Duration> deadlines = new LinkedHashMap<>();
        private SwitchboardListener listener = SwitchboardListener.NONE;
        private Duration duplicateWindow = Duration.ofSeconds(2);
        private int handlerThreads = 8;
        private int handlerQueue = 1_000;
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private int keyboardChats = 10_000;
        private Duration keyboardAge = Duration.ofDays(7);
        private UpdateNeeds needs;
        private Scheduler scheduler;
        private ExecutorService executor;
        private Optional<PayloadStore> store = Optional.empty();
        private Optional<PayloadSigner> signer = Optional.empty();
        private Optional<PressHandler> expiredHandler = Optional.empty();
        private PressAnswer expiredAnswer = Dispatcher.Expiry.DEFAULT.answer();
        private CheckpointStore checkpoints = CheckpointStore.inMemory();
        private SeenUpdates seenUpdates = SeenUpdates.inMemory();
        private Optional<SharedState> shared = Optional.empty();
        private PressClaims pressClaims;
        private RecentPresses recentPresses;
        private KeyboardMemory keyboards;
        private Leases leases;
        private Duration pollerLease = Duration.ofSeconds(5);
        private String replicaId = defaultReplicaId();

        private Builder() {
        }

        /** Adds a platform (each platform once). */
        public Builder platform(BotPlatform platform) {
            checkNotNull(platform, "platform");
            checkArgument(platforms.stream().noneMatch(p -> p.id().equals(platform.id())),
                    "platform %s added twice", platform.id());
            platforms.add(platform);
            return this;
        }

        /**
         * Adds each platform of {@code list} in order, as {@link #platform(BotPlatform)} does (each platform
         * once): takes the testkit's {@code fakes.platforms()} or the CLI's platform list as it is.
         */
        public Builder platforms(List<? extends BotPlatform> list) {
            checkNotNull(list, "platforms");
            list.forEach(this::platform);
            return this;
        }

        /**
         * Handles command {@code name}, in every form. Telegram takes {@code /name},
         * {@code /name@AnyBot} and {@code /name argument}; VK's Start button (payload {@code {"command":"start"}}, any
         * {@code {"command":name}} payload counts); and the plain text {@code name}, ignoring case.
         */
        public Builder onCommand(String name, MessageHandler handler) {
            routes.add(Routes.command(name, handler));
            return this;
        }

        /** Handles messages whose text is exactly {@code text}. */
        public Builder onText(String text, MessageHandler handler) {
            routes.add(Routes.text(text, handler));
            return this;
        }

        /** Handles messages {@code predicate} accepts. */
        public Builder onMessage(Predicate<MessageReceived> predicate, MessageHandler handler) {
            routes.add(Routes.message(predicate, handler));
            return this;
        }

        /** Handles presses whose payload {@code codec} unpacks, with the unpacked value. */
        public <T> Builder onPress(PayloadCodec<T> codec, TypedPressHandler<T> handler) {
            routes.add(Routes.codec(codec, handler));
            return this;
        }

        /** Handles presses whose payload is exactly {@code payload}. */
        public Builder onPress(String payload, PressHandler handler) {
            routes.add(Routes.payload(payload, handler));
            return this;
        }

        /**
         * Handles presses whose payload is {@code prefix} or starts with {@code prefix + ":"}: a
         * whole segment, never a substring ({@code "cat"} does not take {@code "category"}).
         */
        public Builder onPressPrefix(String prefix, PressHandler handler) {
            routes.add(Routes.prefix(prefix, handler));
            return this;
        }

        /** Handles presses {@code predicate} accepts. */
        public Builder onPress(Predicate<ButtonPress> predicate, PressHandler handler) {
            routes.add(Routes.press(predicate, handler));
            return this;
        }

        /**
         * Handles membership changes that mean {@code change}. Handlers only for {@code BLOCKED}
         * and {@code UNBLOCKED} need only the bot's own membership updates; any other makes the
         * bot ask for other users' changes too (Telegram {@code chat_member}).
         */
        public Builder onMembership(Change change, MembershipHandler handler) {
            routes.add(Routes.membership(change, handler));
            return this;
        }

        /** Handles membership changes {@code predicate} accepts (other users' changes are asked for). */
        public Builder onMembership(Predicate<MembershipChange> predicate, MembershipHandler handler) {
            routes.add(Routes.membership(predicate, handler));
            return this;
        }

        /**
         * Handles Telegram groups that became supergroups, once per migration. They come from updates, and
         * from sends that found their group migrated (reported by the platform's messenger, or
         * noticed by the runtime's own messengers, then with {@code {}} as the raw JSON).
         */
        public Builder onChatMigrated(ChatMigratedHandler handler) {
            routes.add(Routes.migrated(handler));
            return this;
        }

        /**
         * Opts in to storing overlong payloads. On the way out, a callback button, or a text button
         * with a payload, whose payload (signed, with {@link #signPayloads}) is over the target
         * platform's limit is sent with a short token from {@code store} instead
         * ({@link PayloadStore#put}; the original payload is stored and the token signed). Payloads
         * within the limit are never stored. On the way in, a press carrying a token is resolved
         * before routing, so handlers, codecs included, see the original payload; a token the store
         * does not know (expired, evicted, forged) goes to the {@linkplain #onExpiredPress
         * expired-press handler} only.
         *
         * <p>Without a store, an overlong payload makes the send fail with
         * {@link dev.switchboard.core.validate.KeyboardRejectedException} before any request, as the
         * platform's messenger validates it. With a store, a payload of your own starting with
         * {@link PayloadStore#TOKEN_PREFIX} would be read as a token: do not use that prefix.
         *
         * @param store for example {@link PayloadStore#inMemory()}; shared by every platform
         */
        public Builder payloadStore(PayloadStore store) {
            this.store = Optional.of(checkNotNull(store, "store"));
            return this;
        }

        /**
         * Signs payloads so a modified client cannot forge them. On the way out, the payload that
         * goes on the wire (after the {@linkplain #payloadStore store}'s decision) is signed: store
         * first, then sign. If signing pushes a payload over the platform's limit and a store is
         * set, the original is stored and the token is signed; without a store the send fails with
         * {@link dev.switchboard.core.validate.KeyboardRejectedException}. Text buttons are signed
         * too (on Telegram the signed form is what the label maps back to).
         *
         * <p>On the way in, every press, callback or text, is verified before anything else (before
         * a token is resolved or a codec unpacks it). A press without a payload, without a tag or
         * with a wrong one runs no handler: a callback press is answered {@code none()} and the
         * listener hears {@link SwitchboardListener#payloadRejected}; a text press is dropped
         * (not treated as a message either). Turning signing on makes keyboards sent before
         * unusable.
         */
        public Builder signPayloads(PayloadSigner signer) {
            this.signer = Optional.of(checkNotNull(signer, "signer"));
            return this;
        }

        /**
         * Handles presses whose token the {@linkplain #payloadStore store} no longer knows (expired,
         * evicted, or never issued). The press's payload is the token; no other handler sees it.
         * If the handler does not answer a callback press, the runtime answers it with the
         * {@linkplain #expiredPressAnswer expired-press answer} (also when no handler is set), and
         * reports {@link AutoAnswerReason#PAYLOAD_EXPIRED}. A text press has nothing to answer: to
         * tell the user, reply from this handler.
         */
        public Builder onExpiredPress(PressHandler handler) {
            this.expiredHandler = Optional.of(checkNotNull(handler, "handler"));
            return this;
        }

        /**
         * What the runtime answers to an expired press the expired-press handler left unanswered;
         * by default {@code PressAnswer.toast("This button has expired.")}. Where a platform would
         * reject it (too long, unsupported kind), {@code none()} is sent instead.
         */
        public Builder expiredPressAnswer(PressAnswer answer) {
            this.expiredAnswer = checkNotNull(answer, "answer");
            return this;
        }

        /** Hooks for metrics and logging of the runtime's events. */
        public Builder listener(SwitchboardListener listener) {
            this.listener = checkNotNull(listener, "listener");
            return this;
        }

        /** How long the same press is recognised as a duplicate (zero: never). */
        public Builder duplicateWindow(Duration window) {
            this.duplicateWindow = nonNegative(window, "duplicateWindow");
            return this;
        }

        /** Overrides {@link BotPlatform#answerDeadline()} for {@code platform}. */
        public Builder answerDeadline(PlatformId platform, Duration deadline) {
            checkNotNull(platform, "platform");
            checkArgument(!nonNegative(deadline, "deadline").isZero(), "deadline must be positive: %s", deadline);
            deadlines.put(platform, deadline);
            return this;
        }

        /** How many handlers run at once. */
        public Builder handlerThreads(int threads) {
            checkArgument(threads > 0, "handlerThreads must be positive: %s", threads);
            this.handlerThreads = threads;
            return this;
        }

        /**
         * How many updates may wait for a handler thread. Beyond that the handlers are saturated:
         * long polling stops fetching until there is room, and {@link Bot#offer} (webhooks) refuses, so
         * the platform delivers the update again. Nothing is dropped.
         */
        public Builder handlerQueue(int size) {
            checkArgument(size > 0, "handlerQueue must be positive: %s", size);
            this.handlerQueue = size;
            return this;
        }

        /** How long {@link Bot#stop()} waits for sources and running handlers. */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = nonNegative(timeout, "shutdownTimeout");
            return this;
        }

        /** How many chats' last standard keyboard is remembered, and for how long. */
        public Builder rememberKeyboards(int chats, Duration age) {
            checkArgument(chats > 0, "chats must be positive: %s", chats);
            this.keyboardChats = chats;
            this.keyboardAge = nonNegative(age, "age");
            return this;
        }

        /**
         * Where the update sources keep their position (Telegram offset, VK {@code ts}), so a bot built
         * again resumes where the last one stopped. By default a store in this bot's memory: a new
         * {@code Bot} in the same process (or a new process) starts afresh, as Telegram's own offset
         * allows and VK's does not. Pass {@link CheckpointStore#inDirectory} to survive restarts, or
         * the same store to every bot built in one process.
         */
        public Builder checkpoints(CheckpointStore store) {
            this.checkpoints = checkNotNull(store, "store");
            return this;
        }

        /**
         * Which updates were already taken, so one delivered again (same Telegram {@code update_id},
         * VK {@code event_id}) is not handled twice. By default {@link SeenUpdates#inMemory()} for this
         * bot: one hour, 100 000 updates. Pass the same store to a bot built again in the same process,
         * or a shared one (Redis) to every replica.
         */
        public Builder seenUpdates(SeenUpdates store) {
            this.seenUpdates = checkNotNull(store, "store");
            return this;
        }

        /**
         * Shares every piece of the bot's state with its other replicas through {@code state} (for
         * example {@code RedisState} of the {@code switchboard-redis} module): the
         * {@linkplain #payloadStore payload store}, {@linkplain #seenUpdates seen updates},
         * {@linkplain #checkpoints checkpoints}, press claims, the duplicate-press window, the
         * text-button memory and the poller leases; and hands it to each platform
         * ({@link BotPlatform#share}) for its send rate limits and sent-message memory. Several
         * replicas built with the same shared state then act as one bot: one of them long-polls
         * each source while the others stand by, every update is handled once and every press
         * answered once. A setter called after this one replaces that one part.
         */
        public Builder sharedState(SharedState state) {
            checkNotNull(state, "state");
            this.shared = Optional.of(state);
            this.store = Optional.of(state.payloads());
            this.seenUpdates = state.seenUpdates();
            this.checkpoints = state.checkpoints();
            this.pressClaims = state.pressClaims();
            this.recentPresses = state.recentPresses();
            this.keyboards = state.keyboards();
            this.leases = state.leases();
            return this;
        }

        /**
         * Which presses were claimed for an answer, shared by replicas so each press is answered
         * by one of them. By default in this bot's memory.
         */
        public Builder pressClaims(PressClaims claims) {
            this.pressClaims = checkNotNull(claims, "claims");
            return this;
        }

        /** Where the {@linkplain #duplicateWindow duplicate-press window} remembers presses. By default in memory. */
        public Builder recentPresses(RecentPresses presses) {
            this.recentPresses = checkNotNull(presses, "presses");
            return this;
        }

        /**
         * Where the text buttons sent to each chat are remembered (see {@link #rememberKeyboards}
         * for the in-memory default's bounds; the age applies to any memory).
         */
        public Builder keyboardMemory(KeyboardMemory memory) {
            this.keyboards = checkNotNull(memory, "memory");
            return this;
        }

        /**
         * The leases that let one replica long-poll each source while the others stand by. By
         * default in this bot's memory, where the bot always holds them.
         */
        public Builder leases(Leases leases) {
            this.leases = checkNotNull(leases, "leases");
            return this;
        }

        /**
         * How long a poller lease lasts without renewal: when the replica holding it dies, another
         * takes over its source within about this time. Renewed every third of it. Default 5 s.
         */
        public Builder pollerLease(Duration ttl) {
            checkArgument(!nonNegative(ttl, "pollerLease").isZero() && ttl.toMillis() >= 300,
                    "pollerLease must be at least 300 ms: %s", ttl);
            this.pollerLease = ttl;
            return this;
        }

        /**
         * This replica's name, unique among the bot's replicas: the holder of its leases and what
         * its log lines say. By default the host name, the process id and a random suffix.
         */
        public Builder replicaId(String id) {
            checkArgument(id != null && id.matches("[A-Za-z0-9._:-]{1,100}"),
                    "replicaId must be 1 to 100 of A-Z a-z 0-9 . _ : -: %s", id);
            this.replicaId = id;
            return this;
        }

        /** Asks the platforms for these updates instead of what the handlers need. */
        public Builder updateNeeds(UpdateNeeds needs) {
            this.needs = checkNotNull(needs, "needs");
            return this;
        }

        /** The clock and timer (tests use a manual one). */
        Builder scheduler(Scheduler scheduler) {
            this.scheduler = checkNotNull(scheduler, "scheduler");
            return this;
        }

        /** The handler executor (tests run handlers on the dispatching thread). */
        Builder executor(ExecutorService executor) {
            this.executor = checkNotNull(executor, "executor");
            return this;
        }

        /**
         * The bot.
         *
         * @throws IllegalArgumentException if no platform was added
         */
        public Bot build() {
            return new Bot(this);
        }

        private static String defaultReplicaId() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "");
            } catch (IOException e) {
                host = "host";
            }
            String random = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
            return (host.isEmpty() ? "host" : host.substring(0, Math.min(host.length(), 60))) + "-"
                    + ProcessHandle.current().pid() + "-" + random;
        }

        private static Duration nonNegative(Duration duration, String name) {
            checkNotNull(duration, name);
            checkArgument(!duration.isNegative(), "%s must not be negative: %s", name, duration);
            return duration;
        }
    }
}
