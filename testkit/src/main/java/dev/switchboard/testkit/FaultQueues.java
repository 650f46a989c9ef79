package dev.switchboard.testkit;

/** Where a fake's routes take their faults from: one queue for requests, one for polls, and the dice. */
interface FaultQueues {
    /** Queues {@code fault} for the next request that is not a poll. */
    void failNextRequest(Fault fault);

    /** Queues {@code fault} for the next poll. */
    void failNextPoll(Fault fault);

    /** The random fault plan, rolled when no queued fault is due. */
    FaultDice dice();
}
