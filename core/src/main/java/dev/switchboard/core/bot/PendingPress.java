package dev.switchboard.core.bot;

import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One callback press and the right to answer it, which exactly one caller gets: the handler, the
 * deadline, or the runtime when the handler returns, throws or never runs. The runtime answers
 * with its {@linkplain #fallback() fallback}: {@code none()}, or the expired-press answer for a
 * press whose token had expired.
 */
final class PendingPress {
    private final ButtonPress press;
    private final Messenger messenger;
    private final AnswerRules rules;
    private final Optional<AnswerRequest> fallback;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile Scheduler.Scheduled deadline;
    private volatile long openedNanos = Long.MIN_VALUE;

    PendingPress(ButtonPress press, Messenger messenger, AnswerRules rules) {
        this(press, messenger, rules, Optional.empty());
    }

    /** A press whose fallback is {@code fallback}, already checked against {@code rules}. */
    PendingPress(ButtonPress press, Messenger messenger, AnswerRules rules, AnswerRequest fallback) {
        this(press, messenger, rules, Optional.of(fallback));
    }

    private PendingPress(ButtonPress press, Messenger messenger, AnswerRules rules, Optional<AnswerRequest> fallback) {
        this.press = press;
        this.messenger = messenger;
        this.rules = rules;
        this.fallback = fallback;
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

    /** What the runtime answers when no one else did. */
    PressAnswer fallback() {
        return fallback.map(AnswerRequest::answer).orElseGet(PressAnswer::none);
    }

    /**
     * The {@linkplain #fallback() fallback} checked against the rules: as given, or {@code none()}
     * checked now.
     *
     * @throws dev.switchboard.core.validate.AnswerRejectedException if the rules reject {@code none()}
     */
    AnswerRequest fallbackRequest() {
        return fallback.orElseGet(() -> AnswerRequest.of(press, PressAnswer.none(), rules));
    }

    /** Notes when the press was opened for dispatch, in the runtime's ticker's nanoseconds. */
    void opened(long tickerNanos) {
        this.openedNanos = tickerNanos;
    }

    /** How long ago, at {@code nowNanos}, the press was opened; zero for one never opened (answered at once). */
    Duration age(long nowNanos) {
        long opened = openedNanos;
        return opened == Long.MIN_VALUE ? Duration.ZERO : Duration.ofNanos(Math.max(0, nowNanos - opened));
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
