package dev.switchboard.core.bot;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.spi.RememberedIds;
import dev.switchboard.core.spi.StateStoreException;
import dev.switchboard.core.validate.AnswerRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every callback press answered exactly once. A press is opened when it is dispatched to a
 * handler, with a deadline on the {@link Scheduler}; whoever claims it first answers: the handler
 * through its context, or the runtime with {@code none()} at the deadline, when the handler
 * returns or throws, or at shutdown. A later answer from the handler is dropped with a warning.
 * Answered presses are remembered for a while, so a late answer through a context's messenger
 * is recognised too; what is remembered is the press id's fingerprint and the kind of answer it
 * got ({@link RememberedIds}, about 55 bytes and no object per press), read back as an
 * {@link AnsweredPress}, never the press with its raw JSON. Every answer
 * sent here is checked against the platform's rules once, as an {@link AnswerRequest}, and the
 * platform's messenger sends that request without checking it again.
 */
final class PressAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(PressAnswers.class);
    private static final Duration REMEMBER_ANSWERED = Duration.ofMinutes(10);
    private static final int MAX_ANSWERED = 100_000;
    private static final AnswerKind[] KINDS = AnswerKind.values();

    private final Scheduler scheduler;
    private final Ticker ticker;
    private final ListenerGroup listener;
    private final ConcurrentMap<String, PendingPress> pending = new ConcurrentHashMap<>();
    /** Presses answered lately, each tagged with the {@link AnswerKind} it got: a fingerprint, no object per press. */
    private final RememberedIds answered;
    private final PressClaims claims;
    private final String replica;
    /**
     * Presses of updates adopted from a dead replica, by key: the replica that took them first. An
     * entry goes when the press is claimed, or after the answered-press window when it never is (the
     * bot stopped before dispatching it).
     */
    private final Cache<String, String> adoptedFrom;

    PressAnswers(Scheduler scheduler, Ticker ticker, ListenerGroup listener) {
        this(scheduler, ticker, listener, PressClaims.inMemory(), "local");
    }

    PressAnswers(Scheduler scheduler, Ticker ticker, ListenerGroup listener, PressClaims claims, String replica) {
        this.scheduler = scheduler;
        this.ticker = ticker;
        this.listener = listener;
        this.claims = claims;
        this.replica = replica;
        this.answered = RememberedIds.create(REMEMBER_ANSWERED, MAX_ANSWERED, ticker);
        this.adoptedFrom = CacheBuilder.newBuilder().ticker(ticker).maximumSize(MAX_ANSWERED)
                .expireAfterWrite(REMEMBER_ANSWERED).build();
    }

    /**
     * Notes that {@code press} comes from an update adopted from replica {@code from}, which died
     * before finishing it: if {@code from} claimed the press and died before answering, this replica
     * takes the claim over and answers.
     */
    void adopted(ButtonPress press, String from) {
        adoptedFrom.put(key(press), from);
    }

    /** How many adopted presses are remembered, expired ones dropped first. */
    long adoptedRemembered() {
        adoptedFrom.cleanUp();
        return adoptedFrom.size();
    }

    /** Registers {@code press} for dispatch and starts its deadline. */
    PendingPress open(ButtonPress press, Messenger messenger, AnswerRules rules, Duration deadline) {
        return open(new PendingPress(press, messenger, rules), deadline);
    }

    /** Registers {@code slot} for dispatch and starts its deadline. */
    PendingPress open(PendingPress slot, Duration deadline) {
        ButtonPress press = slot.press();
        slot.opened(ticker.read());
        pending.put(key(press), slot);
        slot.deadline(scheduler.schedule(deadline, () -> {
            if (answerNone(slot, AutoAnswerReason.DEADLINE)) {
                LOG.warn("{} was not answered within {}; answered none()", slot.describe(), deadline);
            }
        }));
        return slot;
    }

    /**
     * An answer made through a messenger for {@code press}: sent through its open slot as
     * {@link #answer} does, or, when it was answered recently, dropped with a warning. False when
     * the runtime knows nothing of the press, and the caller sends the answer itself.
     */
    boolean answerKnown(ButtonPress press, PressAnswer answer) {
        String key = key(press);
        PendingPress slot = pending.get(key);
        if (slot != null) {
            answer(slot, answer);
            return true;
        }
        Optional<AnsweredPress> earlier = remembered(press);
        earlier.ifPresent(known -> late(known, press, answer));
        return earlier.isPresent();
    }

    /**
     * An answer made through a handler's messenger: as {@link #answerKnown}, and for a press the
     * runtime knows nothing of, sent at once through {@code messenger}, the platform's own.
     */
    void answerThrough(ButtonPress press, PressAnswer answer, Messenger messenger, AnswerRules rules) {
        if (!answerKnown(press, answer)) {
            messenger.answer(press, answer);
        }
    }

    /** What is remembered of {@code press}, if it was answered recently through the runtime. */
    Optional<AnsweredPress> remembered(ButtonPress press) {
        int kind = answered.tag(press.platform(), press.pressId());
        return kind == RememberedIds.ABSENT ? Optional.empty()
                : Optional.of(new AnsweredPress(press.platform(), press.pressId(), KINDS[kind]));
    }

    /**
     * The handler's answer: sent when the handler is first; otherwise dropped with a warning. An
     * answer the platform would reject throws {@link AnswerRejectedException} before it claims
     * the press, which stays open; what the platform throws on sending reaches the handler.
     */
    void answer(PendingPress slot, PressAnswer answer) {
        Optional<AnswerRequest> request = slot.answered() ? Optional.empty()
                : Optional.of(AnswerRequest.of(slot.press(), answer, slot.rules()));
        Claim claim = claim(slot, answer);
        if (claim == Claim.ELSEWHERE) {
            listener.lateAnswer(slot.press(), answer);
            return;
        }
        if (claim == Claim.TAKEN) {
            Optional<AnsweredPress> earlier = remembered(slot.press());
            if (earlier.isPresent()) {
                late(earlier.get(), slot.press(), answer);
            } else {
                LOG.warn("{} was already answered; the handler's later {} answer was not sent", slot.describe(),
                        answer.kind());
                listener.lateAnswer(slot.press(), answer);
            }
            return;
        }
        send(slot, request.orElseThrow()); // a slot answered before cannot be claimed
    }

    /**
     * The runtime's answer, the slot's {@linkplain PendingPress#fallback() fallback} (usually
     * {@code none()}), unless someone answered already; true when this call answered.
     */
    boolean answerNone(PendingPress slot, AutoAnswerReason reason) {
        if (claim(slot, slot.fallback()) != Claim.OURS) {
            return false;
        }
        try {
            send(slot, slot.fallbackRequest());
        } catch (RuntimeException e) {
            LOG.warn("answering {} with {} failed", slot.describe(), slot.fallback().kind(), e);
        }
        listener.pressAutoAnswered(slot.press(), reason);
        return true;
    }

    /** Answers {@code none()} to a press that is never dispatched (a duplicate, an unmatched or refused one). */
    void answerUndispatched(ButtonPress press, Messenger messenger, AnswerRules rules, AutoAnswerReason reason) {
        answerNone(new PendingPress(press, messenger, rules), reason);
    }

    /** Answers {@code request} (checked) to a press that is never dispatched (an expired one without a handler). */
    void answerUndispatched(ButtonPress press, Messenger messenger, AnswerRules rules, AnswerRequest request,
                            AutoAnswerReason reason) {
        answerNone(new PendingPress(press, messenger, rules, request), reason);
    }

    /** Answers {@code none()} to every press still open. */
    void answerAllPending(AutoAnswerReason reason) {
        for (PendingPress slot : List.copyOf(pending.values())) {
            if (answerNone(slot, reason)) {
                LOG.warn("{} was still open at shutdown; answered none()", slot.describe());
            }
        }
    }

    /**
     * Sends {@code request} through the platform's messenger, telling it how old the press is, and
     * reports the answer with its latency: the press's age once sent, or for a press never opened
     * (answered at once) the time the send took.
     */
    private void send(PendingPress slot, AnswerRequest request) {
        long start = ticker.read();
        slot.messenger().answer(request, slot.age(start));
        long end = ticker.read();
        Duration sending = Duration.ofNanos(Math.max(0, end - start));
        Duration age = slot.age(end);
        listener.pressAnswered(slot.press(), request.answer(), age.compareTo(sending) > 0 ? age : sending);
    }

    private void late(AnsweredPress earlier, ButtonPress press, PressAnswer answer) {
        LOG.warn("{} was already answered with {}; the later {} answer was not sent", earlier.describe(),
                earlier.answer(), answer.kind());
        listener.lateAnswer(press, answer);
    }

    /**
     * {@link Claim#OURS} for the one caller that may answer, with {@code answer}; the press is then
     * remembered small. The press is claimed here first, then in the {@link PressClaims} shared by
     * the bot's replicas: a press that another replica claimed already is {@link Claim#ELSEWHERE}
     * and not answered here. When the shared claims cannot be reached, the answer goes out (with a
     * warning): the platform itself refuses a second answer to a press, so a user never sees two,
     * while a press left unanswered would leave their button spinning.
     */
    private Claim claim(PendingPress slot, PressAnswer answer) {
        if (!slot.claim()) {
            return Claim.TAKEN;
        }
        String key = key(slot.press());
        if (pending.remove(key, slot)) {
            answered.put(slot.press().platform(), slot.press().pressId(), answer.kind().ordinal());
        }
        String deadClaimer = adoptedFrom.asMap().remove(key);
        try {
            if (!claims.claim(slot.press().platform(), slot.press().pressId(), replica)) {
                if (deadClaimer != null
                        && claims.takeOver(slot.press().platform(), slot.press().pressId(), deadClaimer, replica)) {
                    LOG.info("{} was claimed by {}, which died before it answered; {} answers it instead",
                            slot.describe(), deadClaimer, replica);
                    return Claim.OURS;
                }
                LOG.warn("{} was answered by another replica; this replica's {} answer was not sent",
                        slot.describe(), answer.kind());
                return Claim.ELSEWHERE;
            }
        } catch (StateStoreException e) {
            LOG.warn("could not claim {} in {}; answering it anyway (the platform refuses a second answer): {}",
                    slot.describe(), claims, e.getMessage());
        }
        return Claim.OURS;
    }

    /** Who may answer a press: this caller, an earlier caller here, or another replica. */
    private enum Claim {
        OURS, TAKEN, ELSEWHERE
    }

    private static String key(ButtonPress press) {
        return press.platform().value() + "/" + press.pressId();
    }
}
