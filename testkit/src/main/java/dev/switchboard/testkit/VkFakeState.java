package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the fake VK community holds: conversations with their messages, users who denied messages,
 * the Bots Long Poll event log, answers to presses, and random_id de-duplication. One lock guards
 * it all; long polls wait on its condition. Thread-safe.
 */
final class VkFakeState {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Condition parked = lock.newCondition();
    private int waiting;
    private final Map<Long, List<FakeVkMessage>> messages = new HashMap<>();
    private final Map<Long, Long> lastConversationId = new HashMap<>();
    private final Set<Long> denied = new HashSet<>();
    private final List<ObjectNode> events = new ArrayList<>();
    private final List<FakeVkAnswer> answers = new ArrayList<>();
    private final Map<String, FakeVkMessage> byRandomId = new HashMap<>();
    private long lastMessageId;
    private long lastEventId;
    private long confirmedTs = 1;
    private boolean closed;

    /** The next conversation_message_id in {@code peer} and a global message id, as a pair. */
    long[] nextIds(long peer) {
        lock.lock();
        try {
            long cmid = lastConversationId.merge(peer, 1L, Long::sum);
            return new long[] {++lastMessageId, cmid};
        } finally {
            lock.unlock();
        }
    }

    String nextEventId() {
        lock.lock();
        try {
            return "fake-" + (++lastEventId);
        } finally {
            lock.unlock();
        }
    }

    boolean denied(long user) {
        lock.lock();
        try {
            return denied.contains(user);
        } finally {
            lock.unlock();
        }
    }

    void permission(long user, boolean allow) {
        lock.lock();
        try {
            if (allow) {
                denied.remove(user);
            } else {
                denied.add(user);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores a message the bot sends, unless {@code dedupKey} (sender and random_id) was seen:
     * then the earlier message is returned unchanged.
     */
    FakeVkMessage send(String dedupKey, long peer, String text, JsonNode keyboard) {
        lock.lock();
        try {
            FakeVkMessage earlier = dedupKey == null ? null : byRandomId.get(dedupKey);
            if (earlier != null) {
                return earlier;
            }
            long[] ids = nextIds(peer);
            FakeVkMessage message = new FakeVkMessage(peer, ids[1], ids[0], text, shown(keyboard));
            messages.computeIfAbsent(peer, p -> new ArrayList<>()).add(message);
            if (dedupKey != null) {
                byRandomId.put(dedupKey, message);
            }
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** Replaces text and keyboard of a bot message; false when there is no such message. */
    boolean edit(long peer, long conversationMessageId, String text, JsonNode keyboard) {
        lock.lock();
        try {
            List<FakeVkMessage> list = messages.getOrDefault(peer, List.of());
            for (int i = 0; i < list.size(); i++) {
                FakeVkMessage old = list.get(i);
                if (old.conversationMessageId() == conversationMessageId) {
                    list.set(i, new FakeVkMessage(peer, conversationMessageId, old.messageId(), text, shown(keyboard)));
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    Optional<FakeVkMessage> message(long peer, long conversationMessageId) {
        lock.lock();
        try {
            return messages.getOrDefault(peer, List.of()).stream()
                    .filter(m -> m.conversationMessageId() == conversationMessageId).findFirst();
        } finally {
            lock.unlock();
        }
    }

    List<FakeVkMessage> messages(long peer) {
        lock.lock();
        try {
            return List.copyOf(messages.getOrDefault(peer, List.of()));
        } finally {
            lock.unlock();
        }
    }

    void answer(FakeVkAnswer answer) {
        lock.lock();
        try {
            answers.add(answer);
        } finally {
            lock.unlock();
        }
    }

    List<FakeVkAnswer> answers() {
        lock.lock();
        try {
            return List.copyOf(answers);
        } finally {
            lock.unlock();
        }
    }

    /** Appends an event to the long poll log and wakes waiting polls. */
    void enqueue(ObjectNode event) {
        lock.lock();
        try {
            events.add(event);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The ts a fresh getLongPollServer hands out: the next event's number (events are numbered from 1). */
    long currentTs() {
        lock.lock();
        try {
            return events.size() + 1L;
        } finally {
            lock.unlock();
        }
    }

    /** Events not yet confirmed by a poll with a later ts. */
    List<ObjectNode> pending() {
        lock.lock();
        try {
            return List.copyOf(events.subList((int) Math.min(confirmedTs - 1, events.size()), events.size()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Events numbered {@code ts} and later, waiting up to {@code waitMillis} for the first one;
     * an empty list when none arrived (or the fake closed). Polling with {@code ts} confirms the
     * events before it.
     */
    List<ObjectNode> poll(long ts, long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            confirmedTs = Math.max(confirmedTs, ts);
            long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
            waiting++;
            parked.signalAll();
            try {
                while (events.size() < ts && !closed && nanos > 0) {
                    nanos = arrived.awaitNanos(nanos);
                }
            } finally {
                waiting--;
            }
            return events.size() < ts ? List.of() : List.copyOf(events.subList((int) ts - 1, events.size()));
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} until a long poll is parked here; true when one is. */
    boolean awaitPolling(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (waiting == 0 && !closed && nanos > 0) {
                nanos = parked.awaitNanos(nanos);
            }
            return waiting > 0;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Optional<JsonNode> shown(JsonNode keyboard) {
        return keyboard == null || keyboard.path("buttons").isEmpty() ? Optional.empty() : Optional.of(keyboard);
    }
}
