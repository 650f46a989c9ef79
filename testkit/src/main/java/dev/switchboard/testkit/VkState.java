package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the fake VK community holds: conversations with their messages, users who denied messages,
 * the Bots Long Poll event log and which events were taken, presses and their answers, and
 * random_id de-duplication. One lock guards it all; long polls wait on its condition. Thread-safe.
 */
final class VkState implements FakeState {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Condition parked = lock.newCondition();
    private final StatsCounter stats;
    private final ActionSync sync;
    private final Map<Long, List<VkMessage>> messages = new HashMap<>();
    private final Map<Long, Long> lastConversationId = new HashMap<>();
    private final Set<Long> denied = new HashSet<>();
    private final List<ObjectNode> events = new ArrayList<>();
    private final BitSet taken = new BitSet();
    private final Set<String> openPresses = new HashSet<>();
    private final Set<String> answeredEvents = new HashSet<>();
    private final List<AnsweredPress> answers = new ArrayList<>();
    private final Map<String, VkMessage> byRandomId = new HashMap<>();
    private final TreeSet<Long> parkedPolls = new TreeSet<>();
    private long pollSeq;
    private long releases;
    private long lastMessageId;
    private long lastEventId;
    private long confirmedTs = 1;
    private boolean closed;
    private volatile boolean carouselClients = true;

    VkState(StatsCounter stats, ActionSync sync) {
        this.stats = stats;
        this.sync = sync;
    }

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

    /** Whether users' clients report {@code client_info.carousel}: true unless a test turned it off. */
    boolean carouselClients() {
        return carouselClients;
    }

    void carouselClients(boolean shown) {
        this.carouselClients = shown;
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
    VkMessage send(String dedupKey, long peer, String text, JsonNode keyboard, JsonNode template) {
        lock.lock();
        try {
            VkMessage earlier = dedupKey == null ? null : byRandomId.get(dedupKey);
            if (earlier != null) {
                return earlier;
            }
            long[] ids = nextIds(peer);
            VkMessage message = new VkMessage(peer, ids[1], ids[0], text, shown(keyboard),
                    Optional.ofNullable(template));
            messages.computeIfAbsent(peer, p -> new ArrayList<>()).add(message);
            if (dedupKey != null) {
                byRandomId.put(dedupKey, message);
            }
            stats.messagesSent.incrementAndGet();
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** Replaces text, keyboard and carousel of a bot message; false when there is no such message. */
    boolean edit(long peer, long conversationMessageId, String text, JsonNode keyboard, JsonNode template) {
        lock.lock();
        try {
            List<VkMessage> list = messages.getOrDefault(peer, List.of());
            for (int i = 0; i < list.size(); i++) {
                VkMessage old = list.get(i);
                if (old.conversationMessageId() == conversationMessageId) {
                    list.set(i, new VkMessage(peer, conversationMessageId, old.messageId(), text, shown(keyboard),
                            Optional.ofNullable(template)));
                    stats.messagesEdited.incrementAndGet();
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    Optional<VkMessage> message(long peer, long conversationMessageId) {
        lock.lock();
        try {
            return messages.getOrDefault(peer, List.of()).stream()
                    .filter(m -> m.conversationMessageId() == conversationMessageId).findFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<SentMessage> messages(long peer) {
        lock.lock();
        try {
            return messages.getOrDefault(peer, List.of()).stream().map(VkMessage::toSent).toList();
        } finally {
            lock.unlock();
        }
    }

    /** A press the fake issued: its first answer counts as in time. */
    void pressed(String eventId) {
        lock.lock();
        try {
            openPresses.add(eventId);
            stats.pressesMade.incrementAndGet();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records an answer and returns true, or refuses a second answer to the same {@code event_id}
     * (counted in {@code answersRefused}) and returns false. Whether VK refuses a second answer is
     * not documented; the fake is strict, so a test learns whether a bot answers
     * once.
     */
    boolean answer(String eventId, long userId, long peerId, PressAnswer answer) {
        lock.lock();
        try {
            if (!answeredEvents.add(eventId)) {
                stats.answersRefused.incrementAndGet();
                return false;
            }
            if (openPresses.remove(eventId)) {
                stats.pressesAnsweredInTime.incrementAndGet();
            }
            answers.add(new AnsweredPress(PlatformId.VK, eventId, userId, peerId, answer));
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<AnsweredPress> answers() {
        lock.lock();
        try {
            return List.copyOf(answers);
        } finally {
            lock.unlock();
        }
    }

    /** Appends an event to the long poll log and wakes waiting polls; returns its number (from 1). */
    int enqueue(ObjectNode event) {
        lock.lock();
        try {
            events.add(event);
            arrived.signalAll();
            return events.size();
        } finally {
            lock.unlock();
        }
    }

    /** Whether event {@code number} was taken: by a poll with a later ts, or a Callback API "ok". */
    boolean taken(int number) {
        lock.lock();
        try {
            return taken.get(number);
        } finally {
            lock.unlock();
        }
    }

    /** Marks event {@code number} as taken (counted once, however often it is delivered). */
    void delivered(int number) {
        lock.lock();
        try {
            if (!taken.get(number)) {
                taken.set(number);
                stats.updatesDelivered.incrementAndGet();
                sync.progress();
            }
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
    @Override
    public List<ObjectNode> pending() {
        lock.lock();
        try {
            return List.copyOf(events.subList((int) Math.min(confirmedTs - 1, events.size()), events.size()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Events numbered {@code ts} and later, waiting up to {@code waitMillis} for the first one;
     * an empty list when none arrived (or the fake closed, or {@link #releasePolls} ran). Polling
     * with {@code ts} confirms the events before it.
     */
    List<ObjectNode> poll(long ts, long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            for (long n = confirmedTs; n < Math.min(ts, events.size() + 1L); n++) {
                delivered((int) n);
            }
            confirmedTs = Math.max(confirmedTs, ts);
            long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
            long seq = ++pollSeq;
            long released = releases;
            parkedPolls.add(seq);
            parked.signalAll();
            try {
                while (events.size() < ts && !closed && nanos > 0 && released == releases) {
                    nanos = arrived.awaitNanos(nanos);
                }
            } finally {
                parkedPolls.remove(seq);
            }
            return events.size() < ts ? List.of() : List.copyOf(events.subList((int) ts - 1, events.size()));
        } finally {
            lock.unlock();
        }
    }

    /** How many long polls arrived so far; a mark for {@link #awaitPoll}. */
    @Override
    public long pollMark() {
        lock.lock();
        try {
            return pollSeq;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} (in whole milliseconds) until a long poll that arrived after {@code mark} is parked here. */
    @Override
    public boolean awaitPoll(long mark, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeout.toMillis());
            while (parkedPolls.higher(mark) == null && !closed && nanos > 0) {
                nanos = parked.awaitNanos(nanos);
            }
            return parkedPolls.higher(mark) != null;
        } finally {
            lock.unlock();
        }
    }

    /** Ends parked long polls with no events (their client is gone: a bot stopped). */
    @Override
    public void releasePolls() {
        lock.lock();
        try {
            releases++;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
            parked.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Optional<JsonNode> shown(JsonNode keyboard) {
        if (keyboard == null || (keyboard.path("buttons").isEmpty() && keyboard.path("inline").asBoolean(false))) {
            return Optional.empty();
        }
        return Optional.of(keyboard);
    }
}
