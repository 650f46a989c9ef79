package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/** What {@link FakePlatform} reads from and asks of a fake's state, the same on both platforms. */
interface FakeState {
    /** The bot's messages in {@code chatId}, oldest first, as they stand now. */
    List<SentMessage> messages(long chatId);

    /** Every accepted answer to a press, oldest first. */
    List<AnsweredPress> answers();

    /** Updates no poll or push has taken yet, oldest first, as an unmodifiable snapshot. */
    List<ObjectNode> pending();

    /** How many polls arrived so far; a mark for {@link #awaitPoll}. */
    long pollMark();

    /** Waits until a poll that arrived after {@code mark} is there; false if {@code timeout} passed first. */
    boolean awaitPoll(long mark, Duration timeout) throws InterruptedException;

    /** Ends waiting polls with nothing (their client is gone: a bot stopped). */
    void releasePolls();
}
