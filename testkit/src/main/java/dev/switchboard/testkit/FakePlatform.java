package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.bot.Bot;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FakeTelegram} and {@link FakeVk} have in common, so a test drives both the same way.
 * open one, point the platform at {@link #apiUrl()}, act through {@link #user simulated users} or
 * {@link #enqueue raw updates}, read back {@link #messages what the bot did}, and play
 * {@link #failNextRequest faults}.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.open(); FakeVk vk = FakeVk.open()) {
 *     for (FakePlatform<?> fake : List.of(telegram, vk)) {
 *         fake.failNextRequest(Fault.serverError(500));
 *         assertThat(fake.pendingUpdates()).isEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>The two kinds are all there is ({@code sealed}). Thread-safe: test hooks may be called from
 * any thread while the server runs.
 *
 * @param <F> the fake's own type, returned by the fluent methods
 */
public abstract sealed class FakePlatform<F extends FakePlatform<F>> implements AutoCloseable
        permits FakeTelegram, FakeVk {
    private static final ObjectMapper JSON = new ObjectMapper();

    final StatsCounter stats = new StatsCounter();
    final ActionSync sync;
    private final UserIds userIds = new UserIds();

    FakePlatform(String name) {
        this.sync = new ActionSync(name);
    }

    abstract FakeState state();

    abstract FaultQueues faultQueues();

    abstract UserChannel users();

    /** Queues {@code update}, a copy the fake owns; returns the number it was given. */
    abstract long enqueueCopy(ObjectNode update);

    @SuppressWarnings("unchecked")
    private F self() {
        return (F) this;
    }

    /** The base URL to give the platform's builder ({@code apiUrl(...)}). */
    public abstract URI apiUrl();

    /** Stops the server and ends waiting polls and pushes. */
    @Override
    public abstract void close();

    // ---- simulated users and a bot

    /** A simulated user named {@code name} with a fresh id; see {@link FakeUser}. */
    public FakeUser user(String name) {
        return FakeUser.enrol(name, userIds::assign, users());
    }

    /** A simulated user named {@code name} with id {@code id} (positive; also its private chat's id). */
    public FakeUser user(String name, long id) {
        return FakeUser.enrol(name, () -> userIds.claim(id), users());
    }

    /**
     * Makes {@link FakeUser} actions also wait until {@code bot} is idle (its handlers returned,
     * its presses answered). {@link FakePlatforms#run} attaches and detaches for you.
     */
    public F attach(Bot bot) {
        sync.attach(bot);
        return self();
    }

    /** As {@link #attach(Bot)}; {@code afterAction} runs after each action the bot finished and may throw. */
    F attach(Bot bot, Runnable afterAction) {
        sync.attach(bot, afterAction);
        return self();
    }

    /** Stops waiting for a bot; ends polls still waiting for a bot that stopped. */
    public F detach() {
        sync.detach();
        state().releasePolls();
        return self();
    }

    /** How long a {@link FakeUser} action waits before it fails (default 10 s). */
    public F actionTimeout(Duration timeout) {
        sync.timeout(timeout);
        return self();
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
     * Waits until a client polls: on Telegram until a {@code getUpdates} call arrives, on VK until a
     * long poll is parked (so events queued from then on reach it).
     *
     * @return true when one did, false when {@code timeout} passed first
     */
    public boolean awaitPolling(Duration timeout) throws InterruptedException {
        return state().awaitPoll(0, checkNotNull(timeout, "timeout"));
    }

    /** A mark for {@link #awaitPollingSince}: how many polls arrived so far. */
    long pollMark() {
        return state().pollMark();
    }

    /** Waits until a poll that arrived after {@code mark} is there. */
    boolean awaitPollingSince(long mark, Duration timeout) throws InterruptedException {
        return state().awaitPoll(mark, timeout);
    }

    // ---- raw incoming updates

    /**
     * Queues a raw update, a JSON object (copied). On Telegram an update without {@code update_id},
     * which is assigned, and dropped when the bot did not ask for its type ({@code allowed_updates});
     * on VK a whole Bots Long Poll event (group_id, type, event_id, v, object).
     *
     * @return the number the fake gave it: Telegram's {@code update_id}, VK's place in the event
     *     log (the long poll {@code ts} that returns it)
     */
    public long enqueue(JsonNode update) {
        checkNotNull(update, "update");
        checkArgument(update.isObject(), "update must be a JSON object: %s", update);
        return enqueueCopy(((ObjectNode) update).deepCopy());
    }

    /** As {@link #enqueue(JsonNode)}, the update given as JSON text. */
    public long enqueue(String updateJson) {
        JsonNode update;
        try {
            update = JSON.readTree(updateJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("update is not JSON: " + updateJson, e);
        }
        return enqueue(update);
    }

    /** Updates not yet taken (confirmed by a later poll, or delivered to a webhook/callback), oldest first. */
    public List<JsonNode> pendingUpdates() {
        return List.copyOf(state().pending());
    }

    // ---- what the bot did

    /** The bot's messages in {@code chatId} (VK: peer_id), oldest first, as they are now (after edits). */
    public List<SentMessage> messages(long chatId) {
        return state().messages(chatId);
    }

    /** The bot's latest message in {@code chatId} (VK: peer_id), if any. */
    public Optional<SentMessage> lastMessage(long chatId) {
        List<SentMessage> messages = state().messages(chatId);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /** Every accepted answer to a press, in order, read back as neutral answers. */
    public List<AnsweredPress> answers() {
        return state().answers();
    }

    // ---- faults

    /**
     * Plays faults on a random share of the requests that have no queued fault, from now on (the
     * plan replaces the last one; {@link RandomFaults#NONE} stops it).
     */
    public void injectRandomFaults(RandomFaults faults) {
        faultQueues().dice().use(checkNotNull(faults, "faults"));
    }

    /** How many requests drew from the random fault plans so far, and the faults played, by kind. */
    public RandomFaultStats randomFaults() {
        return faultQueues().dice().stats();
    }

    /** Plays {@code fault} on the next API request that is not a poll (queued: one per request, in order). */
    public void failNextRequest(Fault fault) {
        faultQueues().failNextRequest(checkNotNull(fault, "fault"));
    }

    /** Plays {@code fault} on the next poll: {@code getUpdates}, or VK's long poll (queued: one per poll, in order). */
    public void failNextPoll(Fault fault) {
        faultQueues().failNextPoll(checkNotNull(fault, "fault"));
    }
}
