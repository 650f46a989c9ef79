package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.hash.Hashing;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.spi.ApiBaseUrl;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.RateLimit;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the VK adapter (community bots, API 5.199). Its static methods give VK's keyboard
 * limits, the writer of VK's {@code keyboard} JSON, the payload envelope, the reader of VK events
 * and the writer of answers to button presses; they are stateless and return shared immutable
 * objects. An instance, made with {@link #builder(String)} for one community token, talks to VK:
 * a {@link #messenger()} that sends, edits and answers, a Bots Long Poll {@link #longPoll()} and a
 * Callback API {@link #callback} handler. Requests are form-encoded POSTs to
 * {@code {apiUrl}{method}} with {@code access_token} and {@code v=5.199}, paced to 20 per second
 * per instance (or, once {@linkplain #share shared}, per community across the replicas) and
 * retried as {@link Builder#retryPolicy} says on VK errors 6, 9 and 10, I/O failures and HTTP 5xx
 * (never on 5, 100, 901, 911, 912 or any other code); see {@code docs/transports.md}.
 * The token never appears in an exception, a log line or a {@code toString()}. Instances are
 * thread-safe, and immutable but for {@link #share}, which moves the rate limit and the remembered
 * messages to the state the bot's replicas share.
 *
 * <p>An instance is also the {@link BotPlatform} a bot runtime runs on: its
 * {@link #updateSource(UpdateNeeds)} is the Bots Long Poll, and {@link #answerDeadline()} bounds
 * how long a press may wait for its answer.
 *
 * <pre>{@code
 * VkPlatform vk = VkPlatform.builder(System.getenv("VK_GROUP_TOKEN")).groupId(218375169).build();
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * MessageRef sent = vk.messenger().send(peerId, "Do you like it?", vote);
 * vk.longPoll().run(update -> {
 *     if (update instanceof ButtonPress press) {
 *         vk.messenger().answer(press, PressAnswer.toast("Voted"));
 *     }
 * });
 * }</pre>
 */
public final class VkPlatform implements BotPlatform {
    /** The public VK API. */
    static final URI DEFAULT_API_URL = URI.create("https://api.vk.com/method/");
    /** The default of {@link Builder#answerDeadline}. */
    static final Duration DEFAULT_ANSWER_DEADLINE = Duration.ofSeconds(50);
    /** {@link #checkAccess()} tries twice at most, half a second apart. */
    static final RetryPolicy ACCESS_CHECK_RETRY = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofMillis(500), 0,
            Duration.ofSeconds(2));
    /** The longest {@link #checkAccess()} waits for one answer. */
    static final Duration ACCESS_CHECK_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(VkPlatform.class);

    private final VkClient client;
    private final VkClient accessCheck;
    private final VkMessenger messenger;
    private final OptionalLong groupId;
    private final RetryPolicy retryPolicy;
    private final ListenerGroup listener;
    private final String description;
    private final Duration answerDeadline;
    private final String key;

    private VkPlatform(Builder builder, ApiHttp calls, Supplier<HttpClient> polls) {
        this.listener = ListenerGroup.of(builder.listener);
        this.key = key(builder.token, builder.groupId);
        this.client = new VkClient(builder.token, builder.apiUrl, calls, polls, builder.requestTimeout,
                builder.retryPolicy,
                builder.rateLimit ? Optional.of(perSecond(key, builder.requestsPerSecond)) : Optional.empty(),
                SendLimits.inMemory(), listener);
        this.messenger = new VkMessenger(client, key);
        this.accessCheck = new VkClient(builder.token, builder.apiUrl, calls, polls,
                builder.requestTimeout.compareTo(ACCESS_CHECK_TIMEOUT) < 0 ? builder.requestTimeout : ACCESS_CHECK_TIMEOUT,
                ACCESS_CHECK_RETRY, Optional.empty(), SendLimits.inMemory(), listener);
        this.groupId = builder.groupId == 0 ? OptionalLong.empty() : OptionalLong.of(builder.groupId);
        this.retryPolicy = builder.retryPolicy;
        this.answerDeadline = builder.answerDeadline;
        this.description = "VkPlatform[apiUrl=" + builder.apiUrl
                + (builder.groupId == 0 ? "" : ", groupId=" + builder.groupId)
                + ", rateLimit=" + (builder.rateLimit ? builder.requestsPerSecond + "/s" : "off") + "]";
    }

    /**
     * Starts configuring a VK client for one community (group) token.
     *
     * @param token the community access token, sent as {@code access_token}
     * @throws IllegalArgumentException if the token is empty or contains whitespace (the message
     *         does not repeat it)
     */
    public static Builder builder(String token) {
        return new Builder(token);
    }

    /**
     * The messenger of this instance. It uses {@code messages.send} (to {@code peer_ids}, with a
     * {@code random_id} chosen once per send and reused by its retries, so a retry never sends the
     * message twice; the result names the message by {@code conversation_message_id}),
     * {@code messages.edit} and {@code messages.sendMessageEventAnswer}. VK's edit always needs the
     * message text and drops an inline keyboard that is not re-sent: the messenger remembers the text
     * and inline keyboard of up to 10 000 messages it sent or edited (for 24 hours), uses the text when
     * an edit gives none and re-sends the keyboard for {@link dev.switchboard.core.bot.KeyboardChange#keep()};
     * an edit without text of a message it does not know throws {@link IllegalStateException}.
     * Keyboards and answers are validated before any request
     * ({@link dev.switchboard.core.validate.KeyboardRejectedException},
     * {@link dev.switchboard.core.validate.AnswerRejectedException}); VK errors throw
     * {@link VkApiException}, I/O failures {@link dev.switchboard.core.TransportException}.
     *
     * @return the one messenger of this instance, thread-safe
     */
    @Override
    public Messenger messenger() {
        return messenger;
    }

    /** {@link PlatformId#VK}. */
    @Override
    public PlatformId id() {
        return PlatformId.VK;
    }

    /** The same rules as {@link #rules()}. */
    @Override
    public KeyboardRules keyboardRules() {
        return VkRules.RULES;
    }

    /** The same rules as {@link #carouselRules()}: VK sends cards as a carousel to apps that show one. */
    @Override
    public Optional<CardRules> cardRules() {
        return Optional.of(VkRules.CAROUSEL);
    }

    /** The rules of {@link #answers()}: {@code answers().rules()}. */
    @Override
    public AnswerRules answerRules() {
        return VkAnswerWriter.RULES;
    }

    /**
     * How long the bot runtime lets a handler take before it answers a press with
     * {@code none()} itself: {@link Builder#answerDeadline}, 50 seconds by default, inside the
     * 60 seconds a press's {@code event_id} lives.
     */
    @Override
    public Duration answerDeadline() {
        return answerDeadline;
    }

    /**
     * {@code vk-group-<community id>} when a {@link Builder#groupId} is configured (the key of the
     * Long Poll checkpoint and lease, and of the community's rate limit and halts); without one,
     * {@code vk-token-} and the first 16 hex digits of the token's SHA-256, which say nothing of the
     * token. Replicas of one bot must configure the group id alike to share one key.
     */
    @Override
    public String sourceKey() {
        return key;
    }

    /**
     * From now on, counts this community's request rate in {@code state.sendLimits()} under
     * {@link #sourceKey()} (so the replicas together keep VK's 20 requests a second, and error 6 seen
     * by one halts the others for a second), and remembers the text and inline keyboard of sent
     * messages in {@code state.keyboards()} (so an edit with {@code keep()} or without text works on
     * any replica). Thread-safe; call it before sending.
     */
    @Override
    public void share(SharedState state) {
        checkNotNull(state, "state");
        client.share(state.sendLimits());
        messenger.share(state.keyboards());
    }

    /** {@code vk-group-<id>}, else a hash of the token (never the token or a piece of it). */
    static String key(String token, long groupId) {
        return groupId > 0 ? "vk-group-" + groupId
                : "vk-token-" + Hashing.sha256().hashString(token, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    /** {@code rate} a second with no burst: whole permits a second when whole, else one per interval. */
    private static RateLimit perSecond(String key, double rate) {
        if (rate >= 1 && rate == Math.rint(rate) && rate < Long.MAX_VALUE) {
            return new RateLimit(key, (long) rate, Duration.ofSeconds(1), 1);
        }
        return new RateLimit(key, 1, Duration.ofNanos(Math.max(1, Math.round(1e9 / rate))), 1);
    }

    /**
     * Checks the token and API URL with one {@code groups.getById}, retried once at most. It asks for
     * the configured {@code group_id}, else the token's own community. A bot's runtime calls
     * this before it starts polling, so a wrong token fails at once instead of in an endless back-off.
     *
     * @throws VkApiException if VK refuses (error 5 for a wrong or revoked token)
     * @throws dev.switchboard.core.TransportException if the API cannot be reached or answers something
     *         VK would not
     */
    @Override
    public void checkAccess() {
        accessCheck.call("groups.getById",
                groupId.isPresent() ? Map.of("group_id", Long.toString(groupId.getAsLong())) : Map.of());
    }

    /**
     * The source for the bot runtime: {@link #longPoll()}. VK cannot be asked for event types per
     * request, since they are chosen in the community's Long Poll settings; so this logs once, at
     * INFO, which types {@code needs} requires, in this order: {@code message_new} (messages,
     * presses of text buttons, which arrive as messages with a payload, and membership changes in
     * chats, which arrive as message actions), {@code message_event} (presses of callback buttons),
     * and for membership {@code message_allow}, {@code message_deny}, {@code group_join} and
     * {@code group_leave}. {@code CHAT_MIGRATED} and {@code IGNORED} add nothing.
     *
     * @throws IllegalStateException if no {@link Builder#groupId} was configured
     */
    @Override
    public UpdateSource updateSource(UpdateNeeds needs) {
        return updateSource(needs, CheckpointStore.inMemory());
    }

    /**
     * The source of {@link #updateSource(UpdateNeeds)}, resuming from the {@code ts} saved in
     * {@code checkpoints} under {@code vk-group-<group id>} and saving it there after each batch.
     *
     * @throws IllegalStateException if no {@link Builder#groupId} was configured
     */
    @Override
    public UpdateSource updateSource(UpdateNeeds needs, CheckpointStore checkpoints) {
        checkNotNull(needs, "needs");
        checkNotNull(checkpoints, "checkpoints");
        UpdateSource source = longPoll(VkLongPoll.DEFAULT_WAIT, checkpoints);
        List<String> types = VkLongPoll.eventTypes(needs);
        if (types.isEmpty()) {
            LOG.info("VK Bots Long Poll for community {}: the handlers need no VK event types",
                    groupId.getAsLong());
        } else {
            LOG.info("VK Bots Long Poll for community {}: the handlers need the event types {}; enable them in the"
                    + " community's Long Poll settings (API 5.199)", groupId.getAsLong(), String.join(", ", types));
        }
        return source;
    }

    /**
     * A Bots Long Poll source with {@code wait=25}. See {@link #longPoll(int)}.
     *
     * @throws IllegalStateException if no {@link Builder#groupId} was configured
     */
    public UpdateSource longPoll() {
        return longPoll(VkLongPoll.DEFAULT_WAIT);
    }

    /**
     * A Bots Long Poll source: {@code groups.getLongPollServer}, then
     * {@code {server}?act=a_check&key=…&ts=…&wait=…} (HTTP timeout {@code wait} + 10 s) until
     * {@link UpdateSource#stop()}. Updates reach the sink once and in order; the {@code ts} moves on
     * only after the whole batch was handed over, and envelope {@code event_id}s seen lately (up to
     * 10 000) are dropped. {@code failed} 1 continues with the returned {@code ts}; 2 gets a new key
     * and server and keeps the {@code ts}; 3 (and any other code) gets a new key and {@code ts}.
     * Network failures, HTTP errors and unreadable responses back off ({@link Builder#retryPolicy},
     * at least 1 s when it has no backoff) and resume; VK errors from {@code getLongPollServer} other
     * than 6, 9 and 10 (5: the token is invalid; 100 or 15: the group id or Long Poll settings are
     * wrong) make {@code run} throw {@link VkApiException}. A sink that throws, and an update that
     * cannot be parsed, are logged and reported to the {@link Builder#listener}; the loop goes on.
     * Enable Bots Long Poll with API version 5.199 and the events you need in the community settings.
     * Each source runs once; {@code stop()} cancels the request in flight.
     *
     * @param waitSeconds how long VK holds a poll open, 1–90 (25 is advised: proxies often cut at 30 s)
     * @throws IllegalStateException if no {@link Builder#groupId} was configured
     * @throws IllegalArgumentException if {@code waitSeconds} is outside 1–90
     */
    public UpdateSource longPoll(int waitSeconds) {
        return longPoll(waitSeconds, CheckpointStore.inMemory());
    }

    private UpdateSource longPoll(int waitSeconds, CheckpointStore checkpoints) {
        checkState(groupId.isPresent(), "Bots Long Poll needs the community id: configure VkPlatform.builder(token)"
                + ".groupId(id)");
        return new VkLongPoll(client, groupId.getAsLong(), waitSeconds, retryPolicy, listener,
                SourceCheckpoint.of(checkpoints, "vk-group-" + groupId.getAsLong()));
    }

    /**
     * A Callback API handler accepting bodies up to 1 MiB. See {@link #callback(String, Optional, UpdateSink, int)}.
     */
    public WebhookHandler callback(String confirmationCode, Optional<String> secret, UpdateSink sink) {
        return callback(confirmationCode, secret, sink, WebhookServer.DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A Callback API handler for a web framework or core's
     * {@link dev.switchboard.core.transport.WebhookServer}. VK POSTs one envelope per request:
     * <ul>
     *   <li>{@code {"type":"confirmation","group_id":…}} → 200 with {@code confirmationCode} as the
     *       body; 403 when a {@link Builder#groupId} is configured and differs.</li>
     *   <li>with {@code secret} present, an event whose {@code secret} differs (compared in constant
     *       time) → 403 {@code bad secret}. A confirmation is refused only when it carries a wrong
     *       secret.</li>
     *   <li>an {@code event_id} seen lately (VK resends events it thinks were lost) → 200 {@code ok},
     *       not handed over again.</li>
     *   <li>with a {@link Builder#groupId} configured, an event whose {@code group_id} differs or is
     *       missing → 403 {@code event for another group}, not handed over.</li>
     *   <li>any other event → read with {@link #updates()}, offered to {@code sink}
     *       ({@link UpdateSink#offer}), 200 {@code ok}. A sink that refuses it
     *       ({@link dev.switchboard.core.spi.UpdateRefusedException}: the bot is saturated or
     *       stopping) → 503 with {@code Retry-After: 1} and no {@code ok}, so VK sends it again; its
     *       {@code event_id} is forgotten so that the next delivery is taken. A sink that throws
     *       anything else is logged and reported, and still answered {@code ok}. An envelope that is
     *       JSON but cannot be read is reported as skipped and answered {@code ok}.</li>
     *   <li>a body over {@code maxBodyBytes} → 413; a body that is not a JSON object with a
     *       {@code type} → 400 (logged); a method other than POST → 405.</li>
     * </ul>
     * Refusals are reported to {@link SwitchboardListener#webhookRejected}.
     *
     * @param confirmationCode the string VK expects back (community settings or
     *        {@code groups.getCallbackConfirmationCode}); not empty
     * @param secret the secret key set in the Callback API settings, if any; not empty when present
     * @param sink where updates go
     * @param maxBodyBytes the largest body accepted
     * @return a thread-safe handler
     */
    public WebhookHandler callback(String confirmationCode, Optional<String> secret, UpdateSink sink,
                                   int maxBodyBytes) {
        return new VkWebhook(confirmationCode, secret, groupId, sink, maxBodyBytes, listener);
    }

    /**
     * Has this instance call {@code listener} too, after the {@link Builder#listener} and any
     * listener added before, for everything it reports: retries, skipped and failed updates (from
     * long polling and the callback handler), refused callbacks. VK has no chat migrations, so the
     * bot runtime, which calls this once when the bot is built, hears nothing it needs from it yet;
     * each listener is called on its own, and one that throws is logged and ignored. Thread-safe.
     */
    @Override
    public void addListener(SwitchboardListener listener) {
        this.listener.add(checkNotNull(listener, "listener"));
    }

    /** The API URL and group, never the token. */
    @Override
    public String toString() {
        return description;
    }

    /**
     * VK's keyboard limits as data, for {@link dev.switchboard.core.validate.Validator}. At most
     * 5 buttons per row; inline keyboards at most 6 rows and 10 buttons, standard ones 10 rows and
     * 40 buttons; labels 1–40 characters (location and VK Pay buttons have none); the encoded
     * payload ({@link #encodePayload}) at most 255 characters; location, open_app and vkpay buttons
     * alone in their row; colours only on text and callback buttons; no contact or copy buttons;
     * {@code one_time} only on standard keyboards; no placeholder or persistent keyboards.
     * See {@code docs/validation.md}.
     *
     * @return the one shared, immutable instance
     */
    public static KeyboardRules rules() {
        return VkRules.RULES;
    }

    /**
     * VK's limits on a carousel ({@code template} of {@code messages.send}): at most 10 cards (commonly
     * cited, not on VK's page), title and description at most 80 characters, one to three buttons
     * per card, each checked by {@link #rules()}, a photo or a title, every card shaped like the
     * first, and a message text. See docs/validation.md.
     */
    public static CardRules carouselRules() {
        return VkRules.CAROUSEL;
    }

    /**
     * The writer of VK's {@code keyboard} object: {@code {"one_time":…,"inline":…,"buttons":[[…]]}},
     * written as compact JSON text, which {@code messages.send} and {@code messages.edit} take
     * as their {@code keyboard} parameter. A REMOVE keyboard is written as
     * {@code {"buttons":[],"one_time":true}}. Each keyboard is validated with {@link #rules()}
     * first: any ERROR throws {@link dev.switchboard.core.validate.KeyboardRejectedException}
     * carrying the full report, while warnings (an ignored style or option, a repeated payload)
     * do not stop the write.
     *
     * <p>{@code read(json)} goes the other way: a VK {@code keyboard} (an object or a JSON string
     * holding one) becomes a neutral keyboard; {@code {"p":…}} payloads are unwrapped, other payloads
     * kept as their JSON text, colours read as styles ({@code default} as SECONDARY). Intents,
     * unknown action types and payloads on buttons whose neutral kind has none stay in place as
     * {@link dev.switchboard.core.keyboard.UnrepresentableButton}s, reported as {@code NOT_REPRESENTABLE};
     * unknown fields throw {@link dev.switchboard.core.layout.LayoutException}.
     *
     * @return the one shared, thread-safe writer and reader
     */
    public static KeyboardFormat keyboards() {
        return VkKeyboardWriter.INSTANCE;
    }

    /**
     * The JSON text VK receives as a button's {@code payload} for the neutral payload string
     * {@code payload}: the object {@code {"p":payload}}, with the string escaped as JSON
     * ({@code vote:yes} becomes {@code {"p":"vote:yes"}}). VK allows 255 characters (UTF-16
     * units) of this text, so quotes, backslashes and control characters cost their escaped
     * length. {@link #decodePayload} reverses it.
     *
     * @param payload any string, possibly empty
     * @return compact JSON text of an object with the single key {@code "p"}
     */
    public static String encodePayload(String payload) {
        return VkPayload.encode(checkNotNull(payload, "payload"));
    }

    /**
     * The neutral payload carried by VK payload JSON text. When {@code json} is an object whose only
     * key is {@code "p"} with a string value, that string; any other text is returned unchanged
     * (for example the Start button's {@code {"command":"start"}}, payloads of other bots such as
     * {@code {"p":1}}, or text that is not JSON at all). So
     * {@code decodePayload(encodePayload(s))} equals {@code s} for every {@code s}.
     *
     * @param json a payload as VK delivers it in {@code message_new} or {@code message_event}
     * @return the wrapped string, or {@code json} itself when it is not this adapter's envelope
     */
    public static String decodePayload(String json) {
        return VkPayload.decode(checkNotNull(json, "json"));
    }

    /** {@link #updates()}: what a replica adopting an orphaned update reads it with. */
    @Override
    public Optional<UpdateReader> updateReader() {
        return Optional.of(updates());
    }

    /**
     * The reader of VK events (API 5.199 envelopes {@code {"type","object","group_id","event_id","v"}},
     * as Bots Long Poll and the Callback API deliver them; a Callback {@code secret} is ignored here).
     * Every update's {@code updateId} is the envelope's {@code event_id} (empty when absent) and its
     * {@code raw} the envelope's exact bytes. Mapping:
     * <ul>
     *   <li>{@code message_new} → {@link dev.switchboard.core.event.MessageReceived}: user
     *       {@code from_id}, chat {@code peer_id} (chats are {@code 2000000000 + chat_id}), message id
     *       {@code conversation_message_id} (VK's {@code id} is 0 in chats), text with a leading
     *       community mention ({@code [club1|Bot], }) removed, payload decoded with
     *       {@link #decodePayload} (the Start button's {@code {"command":"start"}} stays as that text),
     *       client capabilities from {@code client_info} (booleans as {@code true/false} or
     *       {@code 0/1}). Its actions {@code chat_invite_user}, {@code chat_kick_user} and
     *       {@code chat_invite_user_by_link} → {@link dev.switchboard.core.event.MembershipChange}
     *       in chat {@code peer_id}, about the bot when {@code member_id == -group_id}.</li>
     *   <li>{@code message_event} → {@link dev.switchboard.core.event.ButtonPress} (source CALLBACK):
     *       press id = the object's {@code event_id} (what an answer refers to), message id
     *       {@code conversation_message_id} when VK sends it (not for standard keyboards); the
     *       payload may arrive as an object ({@code {"p":s}} gives {@code s}, any other object its
     *       JSON text unchanged) or as a string (decoded with {@link #decodePayload}).</li>
     *   <li>{@code message_allow} / {@code message_deny} → the bot UNBLOCKED / BLOCKED by
     *       {@code user_id} (BANNED ↔ MEMBER in the private chat {@code user_id}).</li>
     *   <li>{@code group_join} / {@code group_leave} → a user JOINED / LEFT the community, chat
     *       {@code -group_id}; a join {@code request} is OTHER (LEFT → LEFT); the actor is unknown
     *       for an {@code approved} join and a removal by an admin ({@code self: 0}).</li>
     *   <li>anything else ({@code confirmation}, {@code wall_post_new}, …) →
     *       {@link dev.switchboard.core.event.Ignored} with its {@code type}.</li>
     * </ul>
     * Unknown fields are ignored and fields may come in any order. Malformed JSON, a missing
     * required field or a field of the wrong type throws
     * {@link dev.switchboard.core.event.UpdateParseException} naming the field path and line/column.
     * {@code readBatch} takes a Bots Long Poll response ({@code {"ts":"4","updates":[…]}}; a
     * {@code {"failed":N}} response is an empty batch) or a bare array of envelopes; a bad envelope
     * is listed as skipped and the rest returned. Duplicates are not removed: a transport drops
     * repeated {@code event_id}s.
     *
     * @return the one shared, thread-safe reader
     */
    public static UpdateReader updates() {
        return VkUpdateReader.INSTANCE;
    }

    /**
     * The writer of {@code messages.sendMessageEventAnswer} parameters. In order: {@code event_id}
     * (the press id), {@code user_id}, {@code peer_id} (Long), and {@code event_data} (JSON text)
     * when there is something to show: a toast as {@code {"type":"show_snackbar","text":…}} (at most
     * 90 characters; an empty text sends no {@code event_data}); an alert the same way, since VK
     * has no dialogs (an ANSWER_DEGRADED warning); a link as {@code {"type":"open_link","link":…}}
     * (absolute http or https URLs only, else INVALID_URL); a mini app as
     * {@code {"type":"open_app","app_id":…}} with {@code owner_id} and {@code hash} when given.
     * {@code event_data} may be at most 1000 characters (FIELD_TOO_LONG). {@code none()} sends no
     * {@code event_data} and just stops the button's spinner. {@code cacheTime} is ignored. Each
     * answer is validated with its {@code rules()} first: any ERROR throws
     * {@link dev.switchboard.core.validate.AnswerRejectedException} carrying the report. Answer
     * every press once, within the 60 s its {@code event_id} lives.
     *
     * @return the one shared, thread-safe writer
     */
    public static AnswerWriter answers() {
        return VkAnswerWriter.INSTANCE;
    }

    /**
     * Configures a {@link VkPlatform}. Not thread-safe; {@link #build()} may be called more than
     * once (each instance has its own rate limit until {@linkplain VkPlatform#share shared}).
     */
    public static final class Builder {
        private final String token;
        private long groupId;
        private URI apiUrl = DEFAULT_API_URL;
        private HttpClient httpClient;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean rateLimit = true;
        private double requestsPerSecond = 20;
        private SwitchboardListener listener = SwitchboardListener.NONE;
        private Duration answerDeadline = DEFAULT_ANSWER_DEADLINE;

        private Builder(String token) {
            checkNotNull(token, "token");
            checkArgument(!token.isEmpty() && token.chars().noneMatch(Character::isWhitespace),
                    "token must be non-empty and contain no whitespace");
            this.token = token;
        }

        /**
         * The community's id: needed by {@link #longPoll()} ({@code groups.getLongPollServer}) and used
         * by {@link #callback} to refuse confirmation requests for another community.
         *
         * @param id the positive community id (not negated)
         */
        public Builder groupId(long id) {
            checkArgument(id > 0, "groupId must be positive: %s", id);
            this.groupId = id;
            return this;
        }

        /**
         * The API base URL (default {@code https://api.vk.com/method/}); requests go to
         * {@code {apiUrl}{method}}. A missing trailing slash is added.
         *
         * @param url an absolute http or https URL without query or fragment
         */
        public Builder apiUrl(URI url) {
            checkNotNull(url, "url");
            checkArgument(ApiBaseUrl.isHttpWithHost(url), "apiUrl must be an absolute http or https URL: %s", url);
            checkArgument(ApiBaseUrl.hasNoQueryOrFragment(url), "apiUrl must have no query or fragment: %s", url);
            String text = url.toString();
            this.apiUrl = text.endsWith("/") ? url : URI.create(text + "/");
            return this;
        }

        /**
         * The JDK HTTP client for every request (proxy, TLS, executor); by default API calls go through
         * {@link ApiHttp#shared()} (Jetty 12's client, about a third of the JDK client's CPU per call)
         * and the long poll, which {@code stop()} cancels from another thread, through a new JDK client
         * with a 10 s connect timeout and no redirects.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = checkNotNull(client, "client");
            return this;
        }

        /** The timeout of each API request (default 30 s); long polls use {@code wait} + 10 s. */
        public Builder requestTimeout(Duration timeout) {
            checkNotNull(timeout, "timeout");
            checkArgument(!timeout.isNegative() && !timeout.isZero(), "requestTimeout must be positive: %s", timeout);
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * How requests are retried (default {@link RetryPolicy#defaults()}): VK errors 6, 9 and 10, I/O
         * failures, HTTP 5xx and unreadable bodies back off with {@link RetryPolicy#backoff(int)} up to
         * {@code maxAttempts}. Long polling uses the backoff between failed polls without a limit.
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = checkNotNull(policy, "policy");
            return this;
        }

        /** Whether API requests are paced before they are sent (default on). */
        public Builder rateLimits(boolean on) {
            this.rateLimit = on;
            return this;
        }

        /**
         * The pace of API requests of this instance (default 20 per second, VK's limit for a
         * community token), Long Poll {@code a_check} requests excluded, evenly spaced with no
         * burst (so no second sees more than the rate and one); VK's error 6 is retried, and halts
         * the community's requests for a second.
         */
        public Builder requestsPerSecond(double rate) {
            checkArgument(rate > 0 && Double.isFinite(rate), "requestsPerSecond must be positive: %s", rate);
            this.requestsPerSecond = rate;
            return this;
        }

        /** Hooks for retries, skipped and failed updates and refused callbacks (default none). */
        public Builder listener(SwitchboardListener listener) {
            this.listener = checkNotNull(listener, "listener");
            return this;
        }

        /**
         * How long the bot runtime waits for a handler to answer a press before it answers
         * {@code none()} itself (default 50 s); see {@link VkPlatform#answerDeadline()}. VK
         * accepts an answer for 60 seconds after the press, counted before the event reached
         * the bot, so leave a margin.
         *
         * @throws IllegalArgumentException unless {@code deadline} is positive and under 60 s
         */
        public Builder answerDeadline(Duration deadline) {
            checkNotNull(deadline, "deadline");
            checkArgument(!deadline.isNegative() && !deadline.isZero() && deadline.compareTo(VkMessenger.ANSWER_WINDOW) < 0,
                    "answerDeadline must be positive and under 60 s: %s", deadline);
            this.answerDeadline = deadline;
            return this;
        }

        /** A new {@link VkPlatform} with this configuration. */
        public VkPlatform build() {
            HttpClient configured = httpClient;
            if (configured != null) {
                return new VkPlatform(this, ApiHttp.of(configured), () -> configured);
            }
            return new VkPlatform(this, ApiHttp.shared(), Suppliers.memoize(() -> HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()));
        }

        @Override
        public String toString() {
            return "VkPlatform.Builder[apiUrl=" + apiUrl + "]";
        }
    }
}
