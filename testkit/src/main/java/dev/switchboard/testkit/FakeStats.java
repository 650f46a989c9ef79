package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What happened on one fake since it started, for totals in a transcript or assertions in a
 * test. Immutable; take a new snapshot with {@code stats()}.
 *
 * @param updatesDelivered updates the client took (confirmed by a later poll or a 2xx from its URL)
 * @param pressesMade presses of callback buttons, the ones that need an answer (a text button
 *                    sends a message and counts as an update only)
 * @param pressesAnsweredInTime presses whose first answer was accepted
 * @param answersRefused answers refused: too late or a second answer (Telegram "query is too old")
 * @param messagesSent messages the bot sent
 * @param messagesEdited edits the fake accepted
 * @param sendsRefused sends and edits refused with an error (blocked user, bad keyboard, rate limit, …)
 */
public record FakeStats(long updatesDelivered, long pressesMade, long pressesAnsweredInTime, long answersRefused,
                        long messagesSent, long messagesEdited, long sendsRefused) {
    public FakeStats {
        checkArgument(updatesDelivered >= 0 && pressesMade >= 0 && pressesAnsweredInTime >= 0 && answersRefused >= 0
                && messagesSent >= 0 && messagesEdited >= 0 && sendsRefused >= 0, "counts must not be negative");
    }

    /** The sum of two snapshots, such as both fakes' totals. */
    public FakeStats plus(FakeStats other) {
        return new FakeStats(updatesDelivered + other.updatesDelivered, pressesMade + other.pressesMade,
                pressesAnsweredInTime + other.pressesAnsweredInTime, answersRefused + other.answersRefused,
                messagesSent + other.messagesSent, messagesEdited + other.messagesEdited,
                sendsRefused + other.sendsRefused);
    }

    /** Whether every press made was answered in time. */
    public boolean allPressesAnsweredInTime() {
        return pressesAnsweredInTime == pressesMade;
    }
}
