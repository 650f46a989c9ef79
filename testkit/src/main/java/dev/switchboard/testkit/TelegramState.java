package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.MessageText;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a fake Bot API keeps: pending updates, the messages per chat, issued callback queries and
 * their answers, blocked users, the webhook, the update types asked for. Every method is
 * {@code synchronized}; long polls wait on this object's monitor and are woken when an update arrives.
 */
final class TelegramState implements FakeState {
    /** A callback query the fake issued, who pressed where, and whether it was answered. */
    private static final class Query {
        final Instant issued;
        final long userId;
        final long chatId;
        boolean answered;

        Query(Instant issued, long userId, long chatId) {
            this.issued = issued;
            this.userId = userId;
            this.chatId = chatId;
        }
    }

    /** The webhook the bot set: where to POST updates and the secret header to send. */
    record Webhook(URI url, String secret) {
    }

    /** A press: the callback query's id and the update's id (the query is unknown when the update was dropped). */
    record Press(String queryId, long updateId) {
    }

    private final long botId;
    private final Clock clock;
    private final Duration answerWindow;
    private final int perChatPerSecond;
    private final StatsCounter stats;
    private final ActionSync sync;

    private long nextUpdateId = 1;
    private long nextQueryId = 1_000_000;
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private final Map<Long, Long> lastMessageId = new HashMap<>();
    private final Map<Long, Map<Long, SentMessage>> messages = new HashMap<>();
    private final Map<String, Query> queries = new HashMap<>();
    private final List<AnsweredPress> answers = new ArrayList<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Map<Long, Deque<Instant>> recentSends = new HashMap<>();
    private Optional<Webhook> webhook = Optional.empty();
    private final TelegramAllowedUpdates allowedUpdates = new TelegramAllowedUpdates();
    private final Map<Long, String> names = new HashMap<>();
    private boolean closed;
    private long pollGeneration;
    private long pollsReceived;
    private long releases;

    TelegramState(long botId, Clock clock, Duration answerWindow, int perChatPerSecond, StatsCounter stats,
                  ActionSync sync) {
        this.botId = botId;
        this.clock = clock;
        this.answerWindow = answerWindow;
        this.perChatPerSecond = perChatPerSecond;
        this.stats = stats;
        this.sync = sync;
    }

    long botId() {
        return botId;
    }

    // ---- incoming updates

    /**
     * Assigns the next {@code update_id}, queues the update and wakes long polls and the webhook;
     * an update of a type the bot did not ask for ({@code allowed_updates}) is dropped instead, its
     * id used up, as Telegram never creates it.
     */
    synchronized long enqueue(ObjectNode update) {
        long id = nextUpdateId++;
        if (allowedUpdates.allows(update)) {
            ObjectNode copy = update.deepCopy();
            copy.put("update_id", id);
            pending.addLast(copy);
            notifyAll();
        }
        return id;
    }

    synchronized long nextMessageId(long chatId) {
        return lastMessageId.merge(chatId, 1L, Long::sum);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** The first name updates give user {@code id}: the simulated user's name, or "User" + id. */
    synchronized String name(long id) {
        return names.getOrDefault(id, "User" + id);
    }

    synchronized void name(long id, String name) {
        names.put(id, name);
    }

    /** Whether update {@code updateId} left the queue: confirmed by an offset, delivered, or dropped. */
    synchronized boolean taken(long updateId) {
        return pending.stream().noneMatch(update -> update.get("update_id").asLong() == updateId);
    }

    /** How many getUpdates calls arrived so far; a mark for {@link #awaitPoll}. */
    @Override
    public synchronized long pollMark() {
        return pollsReceived;
    }

    /** Waits until a getUpdates arrived after {@code mark}; false if {@code timeout} passed first. */
    @Override
    public synchronized boolean awaitPoll(long mark, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pollsReceived <= mark && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return pollsReceived > mark;
    }

    /** Ends waiting getUpdates calls with an empty result (their client is gone: a bot stopped). */
    @Override
    public synchronized void releasePolls() {
        releases++;
        notifyAll();
    }

    /**
     * User {@code userId} presses the button with {@code data} on message {@code messageId} in
     * {@code chatId}: queues the {@code callback_query}. A press the bot did not ask for is dropped
     * and neither counted nor answerable.
     *
     * @throws IllegalArgumentException if there is no such message or button
     */
    synchronized Press press(long userId, long chatId, long messageId, String data) {
        SentMessage message = message(chatId, messageId).orElseThrow(() -> new IllegalArgumentException(
                "no message " + messageId + " in chat " + chatId));
        boolean found = message.markup().map(markup -> hasCallbackData(markup, data)).orElse(false);
        if (!found) {
            throw new IllegalArgumentException("message " + messageId + " in chat " + chatId
                    + " has no button with callback_data " + data);
        }
        String id = Long.toString(nextQueryId++);
        ObjectNode update = TelegramUpdates.callbackQuery(id, TelegramUpdates.user(userId, name(userId)),
                TelegramUpdates.botMessage(botId, message, name(chatId), now()), data);
        if (allowedUpdates.allows(update)) {
            queries.put(id, new Query(clock.instant(), userId, chatId));
            stats.pressesMade.incrementAndGet();
        }
        return new Press(id, enqueue(update));
    }

    private static boolean hasCallbackData(JsonNode markup, String data) {
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (data.equals(button.path("callback_data").asText(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    synchronized void setBlocked(long chatId, boolean isBlocked) {
        if (isBlocked) {
            blocked.add(chatId);
        } else {
            blocked.remove(chatId);
        }
    }

    // ---- getUpdates and the webhook

    /**
     * {@code getUpdates}: puts {@code allowed} in force if given, forgets updates below a positive
     * {@code offset}, then returns up to {@code limit} pending ones, waiting up to {@code timeout}
     * for the first. A newer call ends a waiting one with 409, as Telegram does for two pollers.
     */
    synchronized List<ObjectNode> getUpdates(long offset, int limit, Duration timeout, Optional<List<String>> allowed)
            throws TelegramError, InterruptedException {
        if (webhook.isPresent()) {
            throw TelegramError.of(409, TelegramError.WEBHOOK_ACTIVE);
        }
        allowed.ifPresent(allowedUpdates::set);
        pollsReceived++;
        if (offset > 0) {
            while (!pending.isEmpty() && pending.peekFirst().get("update_id").asLong() < offset) {
                pending.removeFirst();
                stats.updatesDelivered.incrementAndGet();
                sync.progress();
            }
        } else if (offset < 0) {
            // A negative offset keeps the last -offset updates and forgets the earlier ones.
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        }
        long generation = ++pollGeneration;
        long released = releases;
        notifyAll();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty() && !closed && webhook.isEmpty() && released == releases) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
            if (generation != pollGeneration) {
                // A newer getUpdates took over, as when a second bot instance polls.
                throw TelegramError.of(409, TelegramError.TERMINATED);
            }
        }
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode update : pending) {
            if (result.size() >= limit) {
                break;
            }
            result.add(update.deepCopy());
        }
        return result;
    }

    /** Sets or deletes the webhook; {@code allowed}, if given, stays in force until the next list. */
    synchronized void setWebhook(Optional<Webhook> hook, boolean dropPending, Optional<List<String>> allowed) {
        allowed.ifPresent(allowedUpdates::set);
        webhook = hook;
        if (dropPending) {
            pending.clear();
            sync.progress();
        }
        notifyAll();
    }

    synchronized Optional<Webhook> webhook() {
        return webhook;
    }

    /** The next update to push to the webhook, waiting up to {@code timeout}; it stays queued until delivered. */
    synchronized Optional<ObjectNode> nextForWebhook(Duration timeout) throws InterruptedException {
        if (pending.isEmpty() || webhook.isEmpty()) {
            wait(Math.max(1, timeout.toMillis()));
        }
        return webhook.isPresent() && !pending.isEmpty() ? Optional.of(pending.peekFirst().deepCopy())
                : Optional.empty();
    }

    synchronized void delivered(long updateId) {
        if (pending.removeIf(update -> update.get("update_id").asLong() == updateId)) {
            stats.updatesDelivered.incrementAndGet();
            sync.progress();
        }
    }

    /** Copies the queue's references under the lock and the updates outside it, so a reader does not stall the server. */
    @Override
    public List<ObjectNode> pending() {
        List<ObjectNode> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(pending);
        }
        return snapshot.stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    // ---- the bot's messages

    synchronized SentMessage send(long chatId, String text, Optional<JsonNode> markup) throws TelegramError {
        try {
            SentMessage sent = store(chatId, text, markup);
            stats.messagesSent.incrementAndGet();
            return sent;
        } catch (TelegramError e) {
            stats.sendsRefused.incrementAndGet();
            throw e;
        }
    }

    /** An edit; {@code text} empty keeps the text ({@code editMessageReplyMarkup}). */
    synchronized SentMessage edit(long chatId, long messageId, Optional<String> text, Optional<JsonNode> markup)
            throws TelegramError {
        try {
            SentMessage edited = change(chatId, messageId, text, markup);
            stats.messagesEdited.incrementAndGet();
            return edited;
        } catch (TelegramError e) {
            stats.sendsRefused.incrementAndGet();
            throw e;
        }
    }

    private SentMessage store(long chatId, String text, Optional<JsonNode> markup) throws TelegramError {
        checkText(text);
        checkCanSend(chatId);
        if (markup.isPresent()) {
            TelegramKeyboardCheck.check(markup.get());
            markup = TelegramKeyboardCheck.normalize(markup.get());
        }
        countSend(chatId);
        SentMessage sent = SentMessage.telegram(chatId, nextMessageId(chatId), text, markup);
        messages.computeIfAbsent(chatId, id -> new LinkedHashMap<>()).put(sent.messageId(), sent);
        return sent;
    }

    private SentMessage change(long chatId, long messageId, Optional<String> text, Optional<JsonNode> markup)
            throws TelegramError {
        if (text.isPresent()) {
            checkText(text.get());
        }
        checkCanSend(chatId);
        SentMessage current = message(chatId, messageId)
                .orElseThrow(() -> TelegramError.badRequest("Bad Request: message to edit not found"));
        if (markup.isPresent()) {
            if (!markup.get().has("inline_keyboard")) {
                throw TelegramError.badRequest("Bad Request: inline keyboard expected");
            }
            TelegramKeyboardCheck.check(markup.get());
            markup = TelegramKeyboardCheck.normalize(markup.get());
        }
        String newText = text.orElse(current.text());
        if (newText.equals(current.text()) && Objects.equals(markup, current.markup())) {
            throw TelegramError.badRequest(TelegramError.NOT_MODIFIED);
        }
        countSend(chatId);
        SentMessage edited = current.withContent(newText, markup);
        messages.get(chatId).put(messageId, edited);
        return edited;
    }

    synchronized void answer(String queryId, PressAnswer answer) throws TelegramError {
        Query query = queries.get(queryId);
        if (query == null || query.answered
                || Duration.between(query.issued, clock.instant()).compareTo(answerWindow) > 0) {
            stats.answersRefused.incrementAndGet();
            throw TelegramError.badRequest(TelegramError.QUERY_TOO_OLD);
        }
        query.answered = true;
        stats.pressesAnsweredInTime.incrementAndGet();
        answers.add(new AnsweredPress(PlatformId.TELEGRAM, queryId, query.userId, query.chatId, answer));
    }

    synchronized Optional<SentMessage> message(long chatId, long messageId) {
        return Optional.ofNullable(messages.getOrDefault(chatId, Map.of()).get(messageId));
    }

    @Override
    public synchronized List<SentMessage> messages(long chatId) {
        return List.copyOf(messages.getOrDefault(chatId, Map.of()).values());
    }

    @Override
    public synchronized List<AnsweredPress> answers() {
        return List.copyOf(answers);
    }

    private void checkCanSend(long chatId) throws TelegramError {
        if (blocked.contains(chatId)) {
            throw TelegramError.of(403, TelegramError.BLOCKED);
        }
        if (perChatPerSecond > 0) {
            Deque<Instant> sends = recentSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            Instant now = clock.instant();
            while (!sends.isEmpty() && !sends.peekFirst().isAfter(now.minusSeconds(1))) {
                sends.removeFirst();
            }
            if (sends.size() >= perChatPerSecond) {
                long wait = Duration.between(now, sends.peekFirst().plusSeconds(1)).toMillis();
                throw TelegramError.tooManyRequests((int) Math.max(1, (wait + 999) / 1000));
            }
        }
    }

    private void countSend(long chatId) {
        if (perChatPerSecond > 0) {
            recentSends.get(chatId).addLast(clock.instant());
        }
    }

    /** Telegram's 1–4096 characters, taken from {@link MessageText#TELEGRAM} as the adapter does. */
    private static void checkText(String text) throws TelegramError {
        if (text.isEmpty()) {
            throw TelegramError.badRequest(TelegramError.TEXT_EMPTY);
        }
        if (text.length() > MessageText.TELEGRAM.max()) {
            throw TelegramError.badRequest(TelegramError.TEXT_TOO_LONG);
        }
    }
}
