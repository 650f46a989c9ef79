package dev.switchboard.core.bot;

import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.event.ButtonPress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One callback press and the right to answer it, which exactly one caller gets: the handler, the
 * deadline, or the runtime when the handler returns, throws or never runs.
 */
final class PendingPress {
    private final ButtonPress press;
    private final Messenger messenger;
    private final AnswerRules rules;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile Scheduler.Scheduled deadline;

    PendingPress(ButtonPress press, Messenger messenger, AnswerRules rules) {
        this.press = press;
        this.messenger = messenger;
        this.rules = rules;
    }

    ButtonPress press() {
        return press;
    }

    /** The platform's own messenger, which sends the answer. */
    Messenger messenger() {
        return messenger;
    }

    /** The platform's limits on answers. */
    AnswerRules rules() {
        return rules;
    }

    void deadline(Scheduler.Scheduled scheduled) {
        this.deadline = scheduled;
    }

    /** True for the one caller that may answer; the deadline is then cancelled. */
    boolean claim() {
        if (!claimed.compareAndSet(false, true)) {
            return false;
        }
        Scheduler.Scheduled scheduled = deadline;
        if (scheduled != null) {
            scheduled.cancel();
        }
        return true;
    }

    boolean answered() {
        return claimed.get();
    }

    /** {@code press <id> on <platform>}, for log lines. */
    String describe() {
        return "press " + press.pressId() + " on " + press.platform();
    }
}
