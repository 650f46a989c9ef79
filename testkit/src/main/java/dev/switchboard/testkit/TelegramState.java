package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * their answers, blocked users, the webhook. Every method is {@code synchronized}; long polls
 * wait on this object's monitor and are woken when an update arrives.
 */
final class TelegramState {
    static final int MAX_TEXT_LENGTH = 4096;

    /** A callback query the fake issued, and whether it was answered. */
    private static final class Query {
        final Instant issued;
        boolean answered;

        Query(Instant issued) {
            this.issued = issued;
        }
    }

    /** The webhook the bot set: where to POST updates and the secret header to send. */
    record Webhook(URI url, String secret) {
    }

    private final long botId;
    private final Clock clock;
    private final Duration answerWindow;
    private final int perChatPerSecond;

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
    private boolean closed;
    private long pollGeneration;

    TelegramState(long botId, Clock clock, Duration answerWindow, int perChatPerSecond) {
        this.botId = botId;
        this.clock = clock;
        this.answerWindow = answerWindow;
        this.perChatPerSecond = perChatPerSecond;
    }

    long botId() {
        return botId;
    }

    // ---- incoming updates

    /** Assigns the next {@code update_id}, queues the update and wakes long polls and the webhook. */
    synchronized long enqueue(ObjectNode update) {
        long id = nextUpdateId++;
        ObjectNode copy = update.deepCopy();
        copy.put("update_id", id);
        pending.addLast(copy);
        notifyAll();
        return id;
    }

    synchronized long nextMessageId(long chatId) {
        return lastMessageId.merge(chatId, 1L, Long::sum);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    synchronized ObjectNode pressUpdate(long chatId, long messageId, String data) {
        SentMessage message = message(chatId, messageId).orElseThrow(() -> new IllegalArgumentException(
                "no message " + messageId + " in chat " + chatId));
        boolean found = message.markup().map(markup -> hasCallbackData(markup, data)).orElse(false);
        if (!found) {
            throw new IllegalArgumentException("message " + messageId + " in chat " + chatId
                    + " has no button with callback_data " + data);
        }
        String id = Long.toString(nextQueryId++);
        queries.put(id, new Query(clock.instant()));
        return TelegramUpdates.callbackQuery(id, chatId, TelegramUpdates.botMessage(botId, message, now()), data);
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
     * {@code getUpdates}: forgets updates below a positive {@code offset}, then returns up to
     * {@code limit} pending ones, waiting up to {@code timeout} for the first. A newer call
     * ends a waiting one with 409, as Telegram does for two pollers.
     */
    synchronized List<ObjectNode> getUpdates(long offset, int limit, Duration timeout)
            throws TelegramError, InterruptedException {
        if (webhook.isPresent()) {
            throw TelegramError.of(409, TelegramError.WEBHOOK_ACTIVE);
        }
        if (offset > 0) {
            while (!pending.isEmpty() && pending.peekFirst().get("update_id").asLong() < offset) {
                pending.removeFirst();
            }
        } else if (offset < 0) {
            // A negative offset keeps the last -offset updates and forgets the earlier ones.
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        }
        long generation = ++pollGeneration;
        notifyAll();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty() && !closed && webhook.isEmpty()) {
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

    synchronized void setWebhook(Optional<Webhook> hook, boolean dropPending) {
        webhook = hook;
        if (dropPending) {
            pending.clear();
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
        pending.removeIf(update -> update.get("update_id").asLong() == updateId);
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    // ---- the bot's messages

    synchronized SentMessage send(long chatId, String text, Optional<JsonNode> markup) throws TelegramError {
        checkCanSend(chatId);
        checkText(text);
        if (markup.isPresent()) {
            TelegramMarkupCheck.check(markup.get());
            markup = TelegramMarkupCheck.normalize(markup.get());
        }
        countSend(chatId);
        SentMessage sent = SentMessage.telegram(chatId, nextMessageId(chatId), text, markup);
        messages.computeIfAbsent(chatId, id -> new LinkedHashMap<>()).put(sent.messageId(), sent);
        return sent;
    }

    /** An edit; {@code text} empty keeps the text ({@code editMessageReplyMarkup}). */
    synchronized SentMessage edit(long chatId, long messageId, Optional<String> text, Optional<JsonNode> markup)
            throws TelegramError {
        checkCanSend(chatId);
        SentMessage current = message(chatId, messageId)
                .orElseThrow(() -> TelegramError.badRequest("Bad Request: message to edit not found"));
        if (text.isPresent()) {
            checkText(text.get());
        }
        if (markup.isPresent()) {
            if (!markup.get().has("inline_keyboard")) {
                throw TelegramError.badRequest("Bad Request: inline keyboard expected");
            }
            TelegramMarkupCheck.check(markup.get());
            markup = TelegramMarkupCheck.normalize(markup.get());
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

    synchronized void answer(String queryId, String text, boolean alert, Optional<String> url) throws TelegramError {
        Query query = queries.get(queryId);
        if (query == null || query.answered
                || Duration.between(query.issued, clock.instant()).compareTo(answerWindow) > 0) {
            throw TelegramError.badRequest(TelegramError.QUERY_TOO_OLD);
        }
        query.answered = true;
        answers.add(new AnsweredPress(queryId, text, alert, url));
    }

    synchronized Optional<SentMessage> message(long chatId, long messageId) {
        return Optional.ofNullable(messages.getOrDefault(chatId, Map.of()).get(messageId));
    }

    synchronized List<SentMessage> messages(long chatId) {
        return List.copyOf(messages.getOrDefault(chatId, Map.of()).values());
    }

    synchronized List<AnsweredPress> answers() {
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

    private static void checkText(String text) throws TelegramError {
        if (text.isEmpty()) {
            throw TelegramError.badRequest("Bad Request: message text is empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw TelegramError.badRequest("Bad Request: message is too long");
        }
    }
}
