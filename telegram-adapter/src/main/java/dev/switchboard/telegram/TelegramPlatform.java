package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.spi.ApiBaseUrl;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.SendLimits;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.SourceCheckpoint;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.transport.ApiHttp;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.core.validate.KeyboardRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Entry point to the Telegram Bot API adapter. Its static methods give Telegram's keyboard
 * limits as data, the writer that turns a neutral {@link dev.switchboard.core.keyboard.Keyboard}
 * into Telegram's {@code reply_markup} JSON, the reader that turns Telegram updates into neutral
 * {@link dev.switchboard.core.event.Update}s, and the writer of answers to button presses; they
 * are thread-safe, and every object they return is immutable and shared.
 *
 * <p>An instance, made with {@link #builder(String)}, talks to the Bot API over the JDK's
 * {@link HttpClient}: a {@link Messenger} to send, edit and answer, long polling and webhooks
 * to receive, and {@code setWebhook}, {@code deleteWebhook} and {@code getMe}. Requests are
 * POSTs of JSON to {@code {apiUrl}/bot{token}/{method}}, rate-limited before the wire and
 * retried as the {@link RetryPolicy} allows (see {@code docs/transports.md}). The
 * token never appears in a message, log line or {@code toString()}. Instances are thread-safe,
 * and immutable but for {@link #share}, which moves the rate limits and the remembered keyboards
 * to the state the bot's replicas share.
 *
 * <p>An instance is also the {@link BotPlatform} a bot runtime runs on: its
 * {@link #updateSource(UpdateNeeds)} long-polls for exactly the update types the handlers need,
 * and {@link #answerDeadline()} bounds how long a press may wait for its answer.
 *
 * <pre>{@code
 * TelegramPlatform telegram = TelegramPlatform.builder(System.getenv("TELEGRAM_BOT_TOKEN")).build();
 * MessageRef sent = telegram.messenger().send(chatId, "Do you like it?", keyboard);
 * UpdateSource source = telegram.longPoll();
 * source.run(update -> {
 *     if (update instanceof ButtonPress press) {
 *         telegram.messenger().answer(press, PressAnswer.toast("Saved"));
 *     }
 * });
 * }</pre>
 */
public final class TelegramPlatform implements BotPlatform {
    private static final AnswerWriter ANSWERS = new TelegramAnswerWriter(TelegramRules.answerRules());
    /** The default of {@link Builder#answerDeadline}. */
    static final Duration DEFAULT_ANSWER_DEADLINE = Duration.ofSeconds(8);
    /** {@link #checkAccess()} tries twice at most, half a second apart, and honours no long retry_after. */
    static final RetryPolicy ACCESS_CHECK_RETRY = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofMillis(500), 0,
            Duration.ofSeconds(2));
    /** The longest {@link #checkAccess()} waits for one answer. */
    static final Duration ACCESS_CHECK_TIMEOUT = Duration.ofSeconds(10);
    /** The longest {@link Builder#answerDeadline} accepted. */
    static final Duration MAX_ANSWER_DEADLINE = Duration.ofSeconds(15);

    private final TelegramClient client;
    private final TelegramMessenger messenger;
    private final TelegramClient accessCheck;
    private final ListenerGroup listener;
    private final URI apiUrl;
    private final Duration answerDeadline;
    private final Optional<List<String>> allowedUpdates;
    private final String checkpointKey;

    private TelegramPlatform(Builder builder) {
        this.checkpointKey = TelegramToken.checkpointKey(builder.token);
        this.apiUrl = builder.apiUrl;
        this.answerDeadline = builder.answerDeadline;
        this.allowedUpdates = builder.allowedUpdates;
        this.listener = ListenerGroup.of(builder.listener);
        HttpClient configured = builder.httpClient;
        Duration connectTimeout = builder.requestTimeout;
        ApiHttp calls = configured != null ? ApiHttp.of(configured) : ApiHttp.shared();
        Supplier<HttpClient> polls = configured != null ? () -> configured
                : Suppliers.memoize(() -> HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        Optional<TelegramRateLimits> limits = builder.rateLimits
                ? Optional.of(new TelegramRateLimits(checkpointKey, builder.messagesPerSecond,
                        builder.perChatPerSecond, builder.perGroupPerMinute, SendLimits.inMemory()))
                : Optional.empty();
        this.client = new TelegramClient(builder.apiUrl, builder.token, calls, polls, builder.requestTimeout,
                builder.retryPolicy, limits, listener);
        this.messenger = new TelegramMessenger(client, ANSWERS, checkpointKey);
        this.accessCheck = new TelegramClient(builder.apiUrl, builder.token, calls, polls,
                builder.requestTimeout.compareTo(ACCESS_CHECK_TIMEOUT) < 0 ? builder.requestTimeout : ACCESS_CHECK_TIMEOUT,
                ACCESS_CHECK_RETRY, Optional.empty(), listener);
    }

    /**
     * Starts configuring a client for the bot with {@code token} (from BotFather, such as
     * {@code 123456789:AAH…}).
     *
     * @throws IllegalArgumentException if the token is empty or has whitespace, {@code /} or
     *         other characters that cannot stand in a URL path; the message never repeats it
     */
    public static Builder builder(String token) {
        return new Builder(TelegramToken.check(token));
    }

    /**
     * Telegram's keyboard limits (Bot API 10.x, see {@code docs/validation.md}), for
     * {@link dev.switchboard.core.validate.Validator}. Inline keyboards hold at most 8 buttons
     * per row and 100 in all, with callback, link, web app and copy buttons; standard (reply)
     * keyboards hold at most 12 per row and 300 in all, with text, location, contact and web app
     * buttons. Every button needs a non-empty label, because Telegram silently drops a button
     * without text. {@code callback_data} is 1–64 UTF-8 bytes; the serialized {@code reply_markup}
     * must stay within 10 240 UTF-8 bytes; link URLs must be http(s) with a dotted host, or
     * {@code tg:}, {@code ton:}, {@code tonsite:}; web app URLs must be https; copied text is
     * 1–256 characters; the input field placeholder is 1–64 characters. Options set on an inline
     * keyboard are ignored (warning), and two text buttons with one label but different payloads
     * are ambiguous, because a press brings back only the label.
     *
     * @return one shared, immutable instance
     */
    public static KeyboardRules rules() {
        return TelegramRules.RULES;
    }

    /**
     * Writes a keyboard as Telegram's {@code reply_markup} object in compact JSON:
     * {@code {"inline_keyboard":[...]}}, {@code {"keyboard":[...],"resize_keyboard":true,...}}
     * or {@code {"remove_keyboard":true}}. Each button carries exactly one type key and never
     * a {@code null}, {@code false} or empty placeholder, because the Bot API picks a button's
     * type by the first key present and rejects {@code null}. Put the result into a JSON body as
     * a nested object, or send it as the string value of {@code reply_markup} in a form body.
     *
     * <p>The keyboard is first checked with {@link #rules()}; if the report has any ERROR,
     * {@code write} throws {@link dev.switchboard.core.validate.KeyboardRejectedException}
     * carrying the whole report and writes nothing. Warnings do not block writing.
     *
     * <p>{@code read(json)} goes the other way: any {@code reply_markup} (inline, reply or remove; an
     * object or a JSON string holding one) becomes a neutral keyboard. Buttons the model cannot
     * carry ({@code login_url}, {@code switch_inline_query*}, {@code callback_game}, {@code pay},
     * {@code request_users}, {@code request_chat}, {@code request_poll}) stay in place as
     * {@link dev.switchboard.core.keyboard.UnrepresentableButton}s, reported as {@code NOT_REPRESENTABLE};
     * unknown fields throw {@link dev.switchboard.core.layout.LayoutException}.
     *
     * @return one shared, immutable, thread-safe writer and reader whose {@code rules()} is {@link #rules()}
     */
    public static KeyboardFormat keyboards() {
        return TelegramKeyboardWriter.INSTANCE;
    }

    /** {@link #updates()}: what a replica adopting an orphaned update reads it with. */
    @Override
    public Optional<UpdateReader> updateReader() {
        return Optional.of(updates());
    }

    /**
     * Reads Telegram {@code Update} objects (a webhook body) and {@code getUpdates} responses
     * ({@code {"ok":true,"result":[…]}}, or a bare array of updates) into neutral events, in one
     * streaming pass that skips what it does not need. The update's type is its first key other
     * than {@code update_id}, because Telegram sends at most one:
     * <ul>
     * <li>{@code callback_query} becomes a {@link dev.switchboard.core.event.ButtonPress} whose
     *     payload is {@code data} (empty for a game press, which sends {@code game_short_name}).
     *     A press on an inline-mode message has no chat or message id but an
     *     {@code inline_message_id}; a press on a message Telegram no longer shows
     *     ({@code date: 0}) has {@code messageAccessible() == false}.</li>
     * <li>{@code message} becomes a {@link dev.switchboard.core.event.MessageReceived} with its
     *     {@code text} (empty for media; captions are not text), or a
     *     {@link dev.switchboard.core.event.ChatMigrated} when it carries
     *     {@code migrate_to_chat_id} or {@code migrate_from_chat_id}.</li>
     * <li>{@code my_chat_member} (the bot's own standing) and {@code chat_member} (another
     *     user's; Telegram sends it only when listed in {@code allowed_updates}) become a
     *     {@link dev.switchboard.core.event.MembershipChange}. In a private chat the bot's own
     *     change is BLOCKED or UNBLOCKED; {@code restricted} with {@code is_member: false}
     *     counts as LEFT.</li>
     * <li>Every other type ({@code edited_message}, {@code channel_post}, types newer than this
     *     SDK) becomes {@link dev.switchboard.core.event.Ignored} with its key as the type name;
     *     an update with only {@code update_id} has type {@code "unknown"}.</li>
     * </ul>
     * Unknown fields are ignored and fields may come in any order. Ids are {@code long}s, the
     * update id is kept as a string, and every event keeps the update's exact bytes as its raw
     * JSON. Malformed JSON, a missing required field or a value of the wrong type throws
     * {@link dev.switchboard.core.event.UpdateParseException} naming the field's path and line;
     * in a batch it skips just that update, listed with its position and, when it was read,
     * its update id, so the {@code getUpdates} offset can still move past it.
     *
     * @return one shared, stateless, thread-safe reader
     */
    public static UpdateReader updates() {
        return TelegramUpdateReader.INSTANCE;
    }

    /**
     * Writes an answer to a press as the parameters of {@code answerCallbackQuery}. In order:
     * {@code callback_query_id}, then {@code text} for a toast (left out when empty), {@code text}
     * and {@code show_alert: true} for an alert, {@code url} for a link, nothing more for
     * {@code none()}, and last {@code cache_time} in whole seconds when positive, clamped to
     * 2 592 000 (30 days) as the server does. Values are {@code String}, {@code Boolean} or
     * {@code Integer}. Every press must be answered, even with {@code none()}, or the button
     * keeps spinning; answer within about 10 seconds.
     *
     * <p>Its {@code rules()}: text of at most 200 characters; no mini-app answer (Telegram has
     * none); links only to {@code t.me} or {@code telegram.me} over http(s), or {@code tg:}
     * links, because Telegram opens only {@code t.me/<bot>?start=…} links (and game URLs, which
     * these rules cannot tell apart) from a press. A broken rule makes {@code write} throw
     * {@link dev.switchboard.core.validate.AnswerRejectedException} carrying the whole report.
     *
     * @return one shared, immutable, thread-safe writer
     */
    public static AnswerWriter answers() {
        return ANSWERS;
    }

    /**
     * Sends, edits and answers through this bot; one shared instance, which remembers the
     * inline keyboard of each message it sent or edited (up to 10 000 messages, for 48 hours)
     * so that {@link dev.switchboard.core.bot.KeyboardChange#keep()} can re-send it.
     * {@code edit(press, text, keep())} re-sends the keyboard the pressed message carries and
     * works for any message; {@code edit(ref, text, keep())} on a message this instance does
     * not know throws {@link IllegalStateException} rather than silently dropping the keyboard.
     * "Message is not modified" counts as success; a send to a group that became a supergroup
     * is retried once on the new chat and reported to the listener's {@code chatMigrated} (and to every
     * {@linkplain #addListener added} listener's).
     */
    @Override
    public Messenger messenger() {
        return messenger;
    }

    /** {@link PlatformId#TELEGRAM}. */
    @Override
    public PlatformId id() {
        return PlatformId.TELEGRAM;
    }

    /** The same rules as {@link #rules()}. */
    @Override
    public KeyboardRules keyboardRules() {
        return TelegramRules.RULES;
    }

    /** The rules of {@link #answers()}: {@code answers().rules()}. */
    @Override
    public AnswerRules answerRules() {
        return ANSWERS.rules();
    }

    /**
     * How long the bot runtime lets a handler take before it answers a press with
     * {@code none()} itself: {@link Builder#answerDeadline}, 8 seconds by default, inside the
     * about 10 seconds in which Telegram accepts {@code answerCallbackQuery}.
     */
    @Override
    public Duration answerDeadline() {
        return answerDeadline;
    }

    /**
     * Has this instance call {@code listener} too, after the {@link Builder#listener} and any
     * listener added before, for everything it reports: migrations found by a send (whichever
     * messenger made it), retries, skipped and failed updates, refused webhooks. The bot runtime
     * calls this once when the bot is built, so that it hears of migrations found by sends made
     * outside it; each listener is called on its own, and one that throws is logged and ignored.
     * Thread-safe.
     */
    @Override
    public void addListener(SwitchboardListener listener) {
        this.listener.add(checkNotNull(listener, "listener"));
    }

    /**
     * {@code telegram-<bot id>}, the digits before the token's colon (for a token without them, a
     * short hash that says nothing of the token): the key of this bot's checkpoint and poll lease,
     * and of its bot-wide rate limit and halts.
     */
    @Override
    public String sourceKey() {
        return checkpointKey;
    }

    /**
     * From now on, counts this bot's rate limits in {@code state.sendLimits()} (so the replicas
     * together keep Telegram's limits, and a 429's {@code retry_after} seen by one halts the
     * others' message sends until it passes) and remembers the inline keyboards of sent messages
     * in {@code state.keyboards()} (so {@code edit(ref, text, keep())} works on any replica).
     * With rate limits off, only the keyboards are shared. Thread-safe; call it before sending.
     */
    @Override
    public void share(SharedState state) {
        checkNotNull(state, "state");
        client.share(state.sendLimits());
        messenger.share(state.keyboards());
    }

    /**
     * A new long-polling source for the bot runtime. It sends {@code getUpdates} with a 50-second timeout,
     * as {@link #longPoll(int, List)}, whose {@code allowed_updates} asks for what
     * {@code needs} says, in this order: {@code message} for {@code MESSAGE} or
     * {@code CHAT_MIGRATED}, {@code callback_query} for {@code BUTTON_PRESS},
     * {@code my_chat_member} for {@code MEMBERSHIP}, and {@code chat_member} for
     * {@code MEMBERSHIP} when {@link UpdateNeeds#otherMembers()} (Telegram sends it only when
     * asked); {@code IGNORED} adds nothing. When {@code needs} asks for none of these, the list is
     * empty, which Telegram reads as its default types. The list is always sent, so a setting
     * left over from an earlier {@code getUpdates} or {@code setWebhook} does not apply.
     *
     * <p>When {@link Builder#allowedUpdates} was set, that list is sent as it is, whatever
     * {@code needs} says.
     */
    @Override
    public UpdateSource updateSource(UpdateNeeds needs) {
        return updateSource(needs, CheckpointStore.inMemory());
    }

    /**
     * The source of {@link #updateSource(UpdateNeeds)}, starting from the offset saved in
     * {@code checkpoints} under {@code telegram-<bot id>} (the digits before the token's colon) and
     * saving it there after each batch.
     */
    @Override
    public UpdateSource updateSource(UpdateNeeds needs, CheckpointStore checkpoints) {
        checkNotNull(needs, "needs");
        List<String> types = allowedUpdates.orElseGet(() -> TelegramLongPoll.allowedUpdates(needs));
        return new TelegramLongPoll(client, TelegramLongPoll.MAX_TIMEOUT_SECONDS, Optional.of(types),
                SourceCheckpoint.of(checkNotNull(checkpoints, "checkpoints"), checkpointKey));
    }

    /** Long polling with a 50-second {@code getUpdates} timeout and Telegram's default update types. */
    public UpdateSource longPoll() {
        return new TelegramLongPoll(client, TelegramLongPoll.MAX_TIMEOUT_SECONDS, Optional.empty(),
                SourceCheckpoint.of(CheckpointStore.inMemory(), checkpointKey));
    }

    /**
     * A new long-polling source: {@code getUpdates} with {@code timeoutSeconds} (clamped to
     * 0…50, as the server does) and {@code allowed_updates} (an empty list asks for Telegram's
     * default types). The offset moves past an update only after the sink returned or threw, so
     * a crash re-delivers and never skips; updates that cannot be read are reported to the
     * listener and skipped. Network errors, 5xx and 429 back off and resume; 409 (another poller
     * or a webhook is active) and other errors end {@code run} with a
     * {@link TelegramApiException}. A source runs once.
     */
    public UpdateSource longPoll(int timeoutSeconds, List<String> allowedUpdates) {
        return new TelegramLongPoll(client, timeoutSeconds,
                Optional.of(List.copyOf(checkNotNull(allowedUpdates, "allowedUpdates"))),
                SourceCheckpoint.of(CheckpointStore.inMemory(), checkpointKey));
    }

    /**
     * The same source as {@link #longPoll()}.
     *
     * @deprecated use {@link #longPoll()}, the name both adapters share
     */
    @Deprecated
    public UpdateSource longPolling() {
        return longPoll();
    }

    /**
     * The same source as {@link #longPoll(int, List)}.
     *
     * @deprecated use {@link #longPoll(int, List)}, the name both adapters share
     */
    @Deprecated
    public UpdateSource longPolling(int timeoutSeconds, List<String> allowedUpdates) {
        return longPoll(timeoutSeconds, allowedUpdates);
    }

    /** {@link #webhook(String, UpdateSink, int)} with bodies of up to 1 MiB. */
    public WebhookHandler webhook(String secretToken, UpdateSink sink) {
        return webhook(secretToken, sink, WebhookServer.DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A handler for Telegram's webhook POSTs, for any web framework or the embedded
     * {@link WebhookServer}. A missing or wrong {@code X-Telegram-Bot-Api-Secret-Token} gets 401
     * (compared in constant time), a body over {@code maxBodyBytes} 413, a body that is no
     * readable update 400 (logged, reported as skipped); otherwise the update is offered to
     * {@code sink} ({@link UpdateSink#offer}) and Telegram gets 200, even if the sink throws
     * (logged and reported), so a poison update is not re-delivered. A sink that refuses the update
     * ({@link dev.switchboard.core.spi.UpdateRefusedException}: the bot is saturated or
     * stopping) gets 503 with {@code Retry-After: 1}, and Telegram delivers it again. Give it
     * {@code bot.webhookSink()}.
     *
     * @param secretToken the secret given to {@link #setWebhook}: 1–256 of {@code A-Z a-z 0-9 _ -}
     */
    public WebhookHandler webhook(String secretToken, UpdateSink sink, int maxBodyBytes) {
        return new TelegramWebhook(secretToken, sink, maxBodyBytes, listener, client::redact);
    }

    /**
     * Asks Telegram to push updates to {@code url} ({@code setWebhook}), each with the header
     * {@code X-Telegram-Bot-Api-Secret-Token: secretToken}; long polling stops working (409)
     * until {@link #deleteWebhook}. An empty {@code allowedUpdates} asks for the default types.
     *
     * @throws IllegalArgumentException if the secret is not 1–256 of {@code A-Z a-z 0-9 _ -}
     */
    public void setWebhook(URI url, String secretToken, List<String> allowedUpdates, boolean dropPendingUpdates) {
        checkNotNull(url, "url");
        checkArgument(url.isAbsolute(), "url must be absolute: %s", url);
        TelegramWebhook.checkSecret(secretToken);
        client.call("setWebhook", TelegramRequests.setWebhook(url, secretToken,
                List.copyOf(checkNotNull(allowedUpdates, "allowedUpdates")), dropPendingUpdates), OptionalLong.empty());
    }

    /** Removes the webhook ({@code deleteWebhook}), so long polling works again. */
    public void deleteWebhook(boolean dropPendingUpdates) {
        client.call("deleteWebhook", TelegramRequests.deleteWebhook(dropPendingUpdates), OptionalLong.empty());
    }

    /**
     * Checks the token and API URL with one {@code getMe}, retried once at most (a bot's runtime
     * calls this before it starts polling), so a wrong token fails at once instead of in an endless
     * back-off.
     *
     * @throws TelegramApiException if Telegram refuses (401 "Unauthorized" for a wrong token, 404 for a wrong URL)
     * @throws TransportException if the API cannot be reached, or answers something else than the Bot API
     */
    @Override
    public void checkAccess() {
        accessCheck.getMe();
    }

    /** Who the bot is ({@code getMe}); a cheap check that the token and API URL work. */
    public BotInfo getMe() {
        return client.getMe();
    }

    /** Names the API URL, never the token. */
    @Override
    public String toString() {
        return "TelegramPlatform[apiUrl=" + client.redact(apiUrl.toString()) + "]";
    }

    /**
     * Who the bot is, from {@code getMe}.
     *
     * @param id the bot's user id
     * @param username its {@code @username} without the {@code @}, empty if Telegram sent none
     * @param firstName its display name
     */
    public record BotInfo(long id, String username, String firstName) {
        public BotInfo {
            checkNotNull(username, "username");
            checkNotNull(firstName, "firstName");
        }
    }

    /**
     * Configures a {@link TelegramPlatform}. Defaults: the public Bot API
     * ({@code https://api.telegram.org}), API calls through {@link ApiHttp#shared()} and the long
     * poll through a new {@link HttpClient}, 30-second requests,
     * {@link RetryPolicy#defaults()}, rate limits on at 30 messages a second overall, 1 a
     * second per chat and 20 a minute per group, no listener, an 8-second answer deadline and
     * {@code allowed_updates} derived from the handlers' needs. Not thread-safe.
     */
    public static final class Builder {
        private final String token;
        private URI apiUrl = URI.create("https://api.telegram.org");
        private HttpClient httpClient;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean rateLimits = true;
        private double messagesPerSecond = 30;
        private double perChatPerSecond = 1;
        private double perGroupPerMinute = 20;
        private SwitchboardListener listener = SwitchboardListener.NONE;
        private Duration answerDeadline = DEFAULT_ANSWER_DEADLINE;
        private Optional<List<String>> allowedUpdates = Optional.empty();

        private Builder(String token) {
            this.token = token;
        }

        /**
         * The Bot API base URL, such as a local Bot API server ({@code http://localhost:8081})
         * or a test server; requests go to {@code {apiUrl}/bot{token}/{method}}.
         */
        public Builder apiUrl(URI url) {
            checkNotNull(url, "url");
            checkArgument(ApiBaseUrl.isHttpWithHost(url), "apiUrl must be an absolute http(s) URL with a host: %s", url);
            checkArgument(ApiBaseUrl.hasNoQueryOrFragment(url), "apiUrl must have no query or fragment: %s", url);
            this.apiUrl = url;
            return this;
        }

        /**
         * The JDK HTTP client for every request (proxy, TLS, executor); by default API calls go through
         * {@link ApiHttp#shared()} (Jetty 12's client, about a third of the JDK client's CPU per call)
         * and the long poll, which {@code stop()} cancels from another thread, through a new JDK client.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = checkNotNull(client, "client");
            return this;
        }

        /** How long one request may take, answer included (long polls add their poll timeout). */
        public Builder requestTimeout(Duration timeout) {
            checkNotNull(timeout, "timeout");
            checkArgument(!timeout.isNegative() && !timeout.isZero(), "requestTimeout must be positive: %s", timeout);
            this.requestTimeout = timeout;
            return this;
        }

        /** How 429, 5xx and connection failures are retried. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = checkNotNull(policy, "policy");
            return this;
        }

        /**
         * Whether sends and edits wait for the rate limits before the wire (default on). Off, a
         * 429's {@code retry_after} halts no other send either.
         */
        public Builder rateLimits(boolean enabled) {
            this.rateLimits = enabled;
            return this;
        }

        /** Messages a second over all chats (default 30), evenly spaced, with no burst. */
        public Builder messagesPerSecond(double rate) {
            checkArgument(rate > 0, "messagesPerSecond must be positive: %s", rate);
            this.messagesPerSecond = rate;
            return this;
        }

        /** Messages a second to one chat (default 1), with bursts of 2 after a quiet spell. */
        public Builder perChatPerSecond(double rate) {
            checkArgument(rate > 0, "perChatPerSecond must be positive: %s", rate);
            this.perChatPerSecond = rate;
            return this;
        }

        /** Messages a minute to one group, a chat with a negative id (default 20). */
        public Builder perGroupPerMinute(double rate) {
            checkArgument(rate > 0, "perGroupPerMinute must be positive: %s", rate);
            this.perGroupPerMinute = rate;
            return this;
        }

        /** Hooks for metrics and logging (retries, skipped updates, migrations, refused webhooks). */
        public Builder listener(SwitchboardListener listener) {
            this.listener = checkNotNull(listener, "listener");
            return this;
        }

        /**
         * How long the bot runtime waits for a handler to answer a press before it answers
         * {@code none()} itself (default 8 s); see {@link TelegramPlatform#answerDeadline()}.
         *
         * <p>Telegram accepts {@code answerCallbackQuery} for only about 10 seconds after the
         * press ("query is too old" after that), and the deadline is measured from when the
         * update reached the bot, not from the press. Up to 15 seconds is accepted, for servers
         * such as a local Bot API server that are more patient, but above about 9 seconds the
         * runtime's own answer may come too late and the button keeps spinning.
         *
         * @throws IllegalArgumentException unless {@code deadline} is positive and at most 15 s
         */
        public Builder answerDeadline(Duration deadline) {
            checkNotNull(deadline, "deadline");
            checkArgument(!deadline.isNegative() && !deadline.isZero() && deadline.compareTo(MAX_ANSWER_DEADLINE) <= 0,
                    "answerDeadline must be positive and at most 15 s: %s", deadline);
            this.answerDeadline = deadline;
            return this;
        }

        /**
         * The {@code allowed_updates} that {@link TelegramPlatform#updateSource(UpdateNeeds)}
         * sends, as given, instead of the list it derives from the handlers' needs; an empty list
         * asks for Telegram's default types. {@link TelegramPlatform#longPoll()} and
         * {@link TelegramPlatform#longPoll(int, List)} are not affected.
         *
         * @throws IllegalArgumentException if a type is empty
         */
        public Builder allowedUpdates(List<String> types) {
            List<String> copy = List.copyOf(checkNotNull(types, "types"));
            checkArgument(copy.stream().noneMatch(String::isEmpty), "allowedUpdates has an empty type: %s", copy);
            this.allowedUpdates = Optional.of(copy);
            return this;
        }

        /** The platform, ready to be given to a {@code Bot}. */
        public TelegramPlatform build() {
            return new TelegramPlatform(this);
        }

        /** Names the API URL, never the token. */
        @Override
        public String toString() {
            return "TelegramPlatform.Builder[apiUrl=" + apiUrl + "]";
        }
    }
}
