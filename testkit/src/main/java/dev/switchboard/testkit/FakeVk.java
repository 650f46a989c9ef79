package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process fake of the VK API for one community, on a free loopback port. It speaks the wire
 * protocol {@code VkPlatform} uses: {@code POST /method/<name>} form bodies and the Bots Long Poll
 * {@code a_check} endpoint, and enforces VK's rules with VK's real error bodies, whatever the client
 * checked: 911 for an invalid keyboard, 914 for a text over 9000 characters and 100 for none,
 * 901 after {@code message_deny}, 6 over the requests-per-second limit, 5 without a token;
 * {@code random_id} de-duplicates sends (per token and peer). Events go to Bots Long Poll and,
 * once {@link #callbackTo} is called, to a Callback API URL too.
 *
 * <p>{@link #user(String)} makes a simulated {@link FakeUser}, the way most tests drive the fake;
 * lower-level hooks play raw events ({@link #userSends}, {@link #userPresses}, {@link #userDenies},
 * {@link #userAllows}, {@link #enqueue(JsonNode)}). Reads show what the bot did ({@link #messages},
 * {@link #answers}, {@link #stats}); faults go into the next API request or long poll
 * ({@link #failNextRequest}, {@link #failNextPoll}, {@link #longPollFailNext}). The fake's own
 * limit of 20 requests a second is on by default ({@link #requestsPerSecond}). Thread-safe.
 *
 * <pre>{@code
 * try (FakeVk vk = FakeVk.open()) {
 *     VkPlatform platform = VkPlatform.builder("vk-test-token").groupId(FakeVk.GROUP_ID).apiUrl(vk.apiUrl()).build();
 *     ...
 * }
 * }</pre>
 */
public final class FakeVk extends FakePlatform<FakeVk> {
    /** The community id the fake stands for. */
    public static final long GROUP_ID = 1;
    /** VK's default requests-per-second limit for a community token. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 20;

    private static final Logger LOG = LoggerFactory.getLogger(FakeVk.class);

    private final ObjectMapper json = new ObjectMapper();
    private final VkState state = new VkState(stats, sync);
    private final VkLongPoll longPoll = new VkLongPoll(state);
    private final VkApi api = new VkApi(state, json, longPoll, stats);
    private final VkUserChannel users = new VkUserChannel(state, sync, this::publish);
    private final VkRateLimit rateLimit;
    private final VkRoutes routes;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI base;
    private volatile VkCallbackPusher callback;

    private FakeVk(Builder builder) throws IOException {
        super("FakeVk");
        rateLimit = new VkRateLimit(builder.requestsPerSecond, builder.nanoTime);
        routes = new VkRoutes(json, api, longPoll, rateLimit, stats);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-vk");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/method/", routes::handleMethod);
        server.createContext("/lp/", routes::handlePoll);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        longPoll.server(base.resolve("lp/" + GROUP_ID));
    }

    /**
     * Opens a fake with the defaults (VK's limit of 20 requests a second) on a free port of 127.0.0.1.
     *
     * @throws UncheckedIOException if no server socket can be opened
     */
    public static FakeVk open() {
        return builder().open();
    }

    /** Configures a fake (its requests-per-second limit). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a fake on a free port of 127.0.0.1.
     *
     * @throws UncheckedIOException if no server socket can be opened
     * @deprecated use {@link #open()}, the same verb on both fakes
     */
    @Deprecated
    public static FakeVk start() {
        return open();
    }

    /** The URL to give {@code VkPlatform.Builder.apiUrl}: {@code http://127.0.0.1:<port>/method/}. */
    @Override
    public URI apiUrl() {
        return base.resolve("method/");
    }

    /**
     * Changes VK's requests-per-second limit (error 6 above it) while the fake runs; 0 turns it off.
     * Default 20, or as {@link Builder#requestsPerSecond} set it.
     */
    public FakeVk requestsPerSecond(int limit) {
        checkArgument(limit >= 0, "limit must not be negative: %s", limit);
        rateLimit.perSecond(limit);
        return this;
    }

    /**
     * Whether users' apps show carousels: the {@code client_info.carousel} of their later
     * {@code message_new} events. True by default; false makes a bot that sends cards send the
     * fallback of text and a keyboard to them.
     */
    public FakeVk clientsShowCarousels(boolean shown) {
        state.carouselClients(shown);
        return this;
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
    long enqueueCopy(ObjectNode event) {
        return publish(event);
    }

    // ---- raw users ---------------------------------------------------------------------------

    /**
     * User {@code userId} writes {@code text} in a private chat ({@code message_new}).
     *
     * @return the message's conversation_message_id
     */
    public long userSends(long userId, String text) {
        return userSends(userId, userId, text, null);
    }

    /**
     * User {@code userId} writes {@code text} in {@code peerId}, with a text button's {@code payload}
     * JSON text (null for none).
     *
     * @return the message's conversation_message_id
     */
    public long userSends(long userId, long peerId, String text, String payload) {
        checkNotNull(text, "text");
        long[] ids = state.nextIds(peerId);
        publish(VkUpdates.messageNew(GROUP_ID, state.nextEventId(), userId, peerId, ids[0], ids[1], text,
                payload, state.carouselClients()));
        return ids[1];
    }

    /**
     * User {@code userId} presses the callback button with payload {@code payloadJson} (the JSON
     * text as sent in the keyboard or carousel) on bot message {@code conversationMessageId} in
     * {@code peerId} ({@code message_event}).
     *
     * @return the press's event_id, as {@link AnsweredPress#pressId()} will name it
     * @throws NoSuchElementException if there is no such message or no such callback button on it
     */
    public String userPresses(long userId, long peerId, long conversationMessageId, String payloadJson) {
        checkNotNull(payloadJson, "payloadJson");
        VkMessage message = state.message(peerId, conversationMessageId).orElseThrow(() ->
                new NoSuchElementException("no bot message " + conversationMessageId + " in " + peerId));
        boolean found = Stream.concat(message.keyboard().stream().flatMap(k -> stream(k.path("buttons"))),
                        message.template().stream().flatMap(t -> stream(t.path("elements"))).map(e -> e.path("buttons")))
                .flatMap(FakeVk::stream).map(b -> b.path("action"))
                .anyMatch(a -> a.path("type").asText().equals("callback") && a.path("payload").asText().equals(payloadJson));
        if (!found) {
            throw new NoSuchElementException("message " + conversationMessageId + " in " + peerId
                    + " has no callback button with payload " + payloadJson + ": " + message.keyboard());
        }
        String pressId = "press-" + state.nextEventId();
        state.pressed(pressId);
        publish(VkUpdates.messageEvent(GROUP_ID, state.nextEventId(), userId, peerId, pressId, payloadJson,
                conversationMessageId));
        return pressId;
    }

    /**
     * User {@code userId} presses the callback button whose neutral payload is {@code payload}
     * (as given to {@code Button.callback(label, payload)}; sent to VK as {@link VkPlatform#encodePayload}).
     *
     * @return the press's event_id
     * @throws NoSuchElementException if there is no such message or button
     */
    public String userPressesButton(long userId, long peerId, long conversationMessageId, String payload) {
        return userPresses(userId, peerId, conversationMessageId, VkPlatform.encodePayload(payload));
    }

    /** User {@code userId} forbids messages from the community ({@code message_deny}); sends then fail with 901. */
    public void userDenies(long userId) {
        state.permission(userId, false);
        publish(VkUpdates.permission(GROUP_ID, state.nextEventId(), userId, false));
    }

    /** User {@code userId} allows messages again ({@code message_allow}). */
    public void userAllows(long userId) {
        state.permission(userId, true);
        publish(VkUpdates.permission(GROUP_ID, state.nextEventId(), userId, true));
    }

    /**
     * Turns on Callback API delivery to {@code url}: sends the {@code confirmation} event and, from
     * then on, POSTs each new event there (with {@code secret} when present) besides keeping it for
     * long polls. VK checks the answer against the community's confirmation code; so should the caller.
     *
     * @return the body the bot answered to the confirmation event
     * @throws IOException if the confirmation cannot be delivered
     */
    public String callbackTo(URI url, Optional<String> secret) throws IOException, InterruptedException {
        checkNotNull(url, "url");
        checkNotNull(secret, "secret");
        VkCallbackPusher fresh = new VkCallbackPusher(json, url, secret);
        String answer = fresh.confirm(GROUP_ID);
        VkCallbackPusher old = callback;
        callback = fresh;
        if (old != null) {
            old.close();
        }
        return answer;
    }

    /** Turns Callback API delivery off. */
    public void stopCallback() {
        VkCallbackPusher old = callback;
        callback = null;
        if (old != null) {
            old.close();
        }
    }

    // ---- what the bot did --------------------------------------------------------------------

    // ---- faults ------------------------------------------------------------------------------

    /** The next long poll answers {@code {"failed":code}} (1 with the current ts; 2 and 3 also change the key). */
    public void longPollFailNext(int code) {
        checkArgument(code >= 1 && code <= 3, "failed code must be 1, 2 or 3: %s", code);
        longPoll.failNext(code);
    }

    /** Stops the server and Callback API delivery, and ends waiting long polls. */
    @Override
    public void close() {
        stopCallback();
        state.close();
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeVk{" + base + "}";
    }

    /** Queues {@code event} for long polls and, when on, the Callback API; returns its number. */
    private synchronized int publish(ObjectNode event) {
        int number = state.enqueue(event);
        VkCallbackPusher target = callback;
        if (target != null) {
            target.deliver(event, () -> state.delivered(number));
        }
        return number;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** Options of a {@link FakeVk}. Not thread-safe; open once. */
    public static final class Builder {
        private int requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder() {
        }

        /** VK's requests-per-second limit (error 6 above it); 0 turns it off. Default 20. */
        public Builder requestsPerSecond(int limit) {
            checkArgument(limit >= 0, "limit must not be negative: %s", limit);
            this.requestsPerSecond = limit;
            return this;
        }

        /** The time source of the rate limit (for tests of the limit). */
        Builder nanoTime(LongSupplier value) {
            this.nanoTime = checkNotNull(value, "nanoTime");
            return this;
        }

        /**
         * Opens the fake on a free port of 127.0.0.1.
         *
         * @throws UncheckedIOException if no server socket can be opened
         */
        public FakeVk open() {
            try {
                FakeVk fake = new FakeVk(this);
                fake.server.start();
                LOG.debug("fake VK listening on {}", fake.base);
                return fake;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the fake VK server", e);
            }
        }
    }
}
