package dev.switchboard.testkit;

import java.util.concurrent.atomic.AtomicLong;

/** The counters behind {@link FakeStats}, bumped by a fake's state. Thread-safe. */
final class StatsCounter {
    final AtomicLong updatesDelivered = new AtomicLong();
    final AtomicLong pressesMade = new AtomicLong();
    final AtomicLong pressesAnsweredInTime = new AtomicLong();
    final AtomicLong answersRefused = new AtomicLong();
    final AtomicLong messagesSent = new AtomicLong();
    final AtomicLong messagesEdited = new AtomicLong();
    final AtomicLong sendsRefused = new AtomicLong();

    FakeStats snapshot() {
        return new FakeStats(updatesDelivered.get(), pressesMade.get(), pressesAnsweredInTime.get(),
                answersRefused.get(), messagesSent.get(), messagesEdited.get(), sendsRefused.get());
    }
}
