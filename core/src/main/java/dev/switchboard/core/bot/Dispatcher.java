package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.validate.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each update to the first matching handler and runs it on the handler executor. Before
 * routing, a message may become a text-button press ({@link TextButtons}) and the sender's app is
 * noted ({@link Clients}); a callback press is checked for duplicates and opened for answering
 * ({@link PressAnswers}). Every press, callback or text, then passes the {@link PayloadPipeline}:
 * a refused one is answered {@code none()} and dropped, one with an expired token goes only to
 * the expired-press handler. A text-button press no press handler takes goes to the message handlers
 * as the message it was. Matching runs on the calling thread; so do the runtime's own answers to
 * presses that are never dispatched.
 */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Map<PlatformId, Slot> platforms;
    private final Routes routes;
    private final Executor executor;
    private final Parts parts;
    private final InFlight inFlight = new InFlight();
    private volatile boolean accepting = true;

    /** One platform as the dispatcher sees it. */
    record Slot(BotPlatform platform, BotMessenger messenger, Duration deadline) {
    }

    /** The runtime's bookkeeping. */
    record Parts(DuplicatePresses duplicates, TextButtons textButtons, Clients clients, PressAnswers answers,
                 Migrations migrations, PayloadPipeline pipeline, Expiry expiry, ListenerGroup listener) {
    }

    /** What happens to a press whose token expired: its handler, if any, and the runtime's answer. */
    record Expiry(Optional<PressHandler> handler, PressAnswer answer) {
        static final Expiry DEFAULT = new Expiry(Optional.empty(), PressAnswer.toast("This button has expired."));

        Expiry {
            checkNotNull(handler, "handler");
            checkNotNull(answer, "answer");
        }

        /** The answer, or {@code none()} when the platform would reject it. */
        PressAnswer answerFor(AnswerRules rules) {
            return Validator.validate(answer, rules).isValid() ? answer : PressAnswer.none();
        }
    }

    Dispatcher(Map<PlatformId, Slot> platforms, Routes routes, Executor executor, Parts parts) {
        this.platforms = Map.copyOf(platforms);
        this.routes = routes;
        this.executor = executor;
        this.parts = parts;
    }

    /** From now on presses are answered {@code none()} and other updates dropped. */
    void stopAccepting() {
        accepting = false;
    }

    /**
     * Waits until every handler submitted so far has returned and its press is answered (presses
     * never dispatched are answered on the dispatching thread, before {@link #dispatch} returns).
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inFlight.awaitNone(timeout);
    }

    void dispatch(Update update) {
        checkNotNull(update, "update");
        Slot slot = platforms.get(update.platform());
        checkArgument(slot != null, "no platform %s in this bot", update.platform());
        switch (update.kind()) {
            case BUTTON_PRESS -> dispatchPress(slot, (ButtonPress) update, Optional.empty());
            case MESSAGE -> dispatchMessage(slot, (MessageReceived) update);
            case MEMBERSHIP -> dispatchOther(slot, update);
            case CHAT_MIGRATED -> {
                if (parts.migrations().first((ChatMigrated) update)) {
                    dispatchOther(slot, update);
                }
            }
            case IGNORED -> LOG.debug("{} update {} ignored", update.platform(), update.updateId().orElse("?"));
        }
    }

    private void dispatchMessage(Slot slot, MessageReceived message) {
        parts.clients().seen(message);
        Optional<ButtonPress> press = parts.textButtons().pressOf(message);
        if (press.isPresent()) {
            dispatchPress(slot, press.get(), Optional.of(message));
        } else {
            dispatchOther(slot, message);
        }
    }

    private void dispatchPress(Slot slot, ButtonPress received, Optional<MessageReceived> message) {
        boolean callback = received.source() == PressSource.CALLBACK;
        if (!accepting) {
            refuse(slot, received, callback, AutoAnswerReason.SHUTDOWN);
            return;
        }
        if (callback && parts.duplicates().isDuplicate(received)) {
            LOG.debug("press {} on {} repeats one within the window; not dispatched", received.pressId(),
                    received.platform());
            refuse(slot, received, true, AutoAnswerReason.DUPLICATE);
            return;
        }
        PayloadPipeline.Incoming incoming;
        try {
            incoming = parts.pipeline().incoming(received);
        } catch (RuntimeException e) {
            LOG.warn("reading the payload of press {} on {} failed", received.pressId(), received.platform(), e);
            incoming = new PayloadPipeline.Incoming.Rejected("payload pipeline failed: " + e);
        }
        if (incoming instanceof PayloadPipeline.Incoming.Rejected rejected) {
            LOG.warn("press {} on {} refused: {}", received.pressId(), received.platform(), rejected.reason());
            parts.listener().payloadRejected(received, rejected.reason());
            refuse(slot, received, callback, AutoAnswerReason.PAYLOAD_REJECTED);
            return;
        }
        if (incoming instanceof PayloadPipeline.Incoming.Expired expired) {
            dispatchExpired(slot, expired.press(), callback);
            return;
        }
        ButtonPress press = incoming.accepted().orElseThrow();
        Optional<Route.Invocation> invocation;
        try {
            invocation = routes.first(press);
        } catch (Exception e) {
            failed(press, e);
            refuse(slot, press, callback, AutoAnswerReason.HANDLER_FAILED);
            return;
        }
        if (invocation.isEmpty()) {
            if (message.isPresent()) {
                dispatchOther(slot, message.get());
            } else {
                LOG.debug("no handler for press {} on {}", press.pressId(), press.platform());
                refuse(slot, press, callback, AutoAnswerReason.UNMATCHED);
            }
            return;
        }
        Optional<PendingPress> pending = callback
                ? Optional.of(parts.answers().open(press, slot.messenger().delegate(),
                        slot.platform().answerRules(), slot.deadline()))
                : Optional.empty();
        submit(slot, press, invocation.get(), pending, AutoAnswerReason.HANDLER_RETURNED);
    }

    /**
     * A press whose token its store no longer knows: only the expired-press handler runs; what it
     * leaves unanswered gets the expired-press answer. Never routed to the other handlers.
     */
    private void dispatchExpired(Slot slot, ButtonPress press, boolean callback) {
        LOG.debug("press {} on {} carries an unknown or expired token", press.pressId(), press.platform());
        Expiry expiry = parts.expiry();
        PressAnswer answer = expiry.answerFor(slot.platform().answerRules());
        if (expiry.handler().isEmpty()) {
            if (callback) {
                parts.answers().answerUndispatched(press, slot.messenger().delegate(), slot.platform().answerRules(),
                        answer, AutoAnswerReason.PAYLOAD_EXPIRED);
            }
            return;
        }
        PressHandler handler = expiry.handler().get();
        Optional<PendingPress> pending = callback
                ? Optional.of(parts.answers().open(new PendingPress(press, slot.messenger().delegate(),
                        slot.platform().answerRules(), answer), slot.deadline()))
                : Optional.empty();
        submit(slot, press, context -> handler.handle(press, context), pending, AutoAnswerReason.PAYLOAD_EXPIRED);
    }

    private void dispatchOther(Slot slot, Update update) {
        if (!accepting) {
            LOG.warn("{} update {} arrived while the bot was stopping; dropped", update.platform(),
                    update.updateId().orElse("?"));
            return;
        }
        Optional<Route.Invocation> invocation;
        try {
            invocation = routes.first(update);
        } catch (Exception e) {
            failed(update, e);
            return;
        }
        invocation.ifPresent(i -> submit(slot, update, i, Optional.empty(), AutoAnswerReason.HANDLER_RETURNED));
    }

    private void submit(Slot slot, Update update, Route.Invocation invocation, Optional<PendingPress> pending,
                        AutoAnswerReason returned) {
        BotContext context = new BotContext(update, slot.messenger(), pending, parts.answers());
        inFlight.started();
        try {
            executor.execute(() -> run(update, invocation, context, pending, returned));
        } catch (RejectedExecutionException e) {
            inFlight.finished();
            LOG.warn("the handler executor is full; {} update {} was not handled", update.platform(),
                    update.updateId().orElse("?"));
            parts.listener().handlerRejected(update);
            pending.ifPresent(p -> parts.answers().answerNone(p, AutoAnswerReason.REJECTED));
        }
    }

    private void run(Update update, Route.Invocation invocation, BotContext context, Optional<PendingPress> pending,
                     AutoAnswerReason returned) {
        AutoAnswerReason reason = returned;
        try {
            invocation.run(context);
        } catch (Exception e) {
            reason = AutoAnswerReason.HANDLER_FAILED;
            failed(update, e);
        } finally {
            AutoAnswerReason why = reason;
            try {
                pending.ifPresent(p -> parts.answers().answerNone(p, why));
            } finally {
                inFlight.finished();
            }
        }
    }

    private void refuse(Slot slot, ButtonPress press, boolean callback, AutoAnswerReason reason) {
        if (callback) {
            parts.answers().answerUndispatched(press, slot.messenger().delegate(), slot.platform().answerRules(),
                    reason);
        }
    }

    private void failed(Update update, Exception error) {
        if (update instanceof ButtonPress press) {
            LOG.warn("handler failed on press {} on {}", press.pressId(), press.platform(), error);
        } else {
            LOG.warn("handler failed on {} {} update {}", update.platform(), update.kind(),
                    update.updateId().orElse("?"), error);
        }
        parts.listener().handlerFailed(update, error);
    }
}
