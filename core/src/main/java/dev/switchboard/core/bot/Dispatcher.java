package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.SeenUpdates;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.validate.AnswerRejectedException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each update to the first matching handler and runs it on the handler executor. An update
 * is first <em>taken</em>: it needs room among the updates the handlers hold ({@link HandlerPermits};
 * {@link #dispatch} waits for it, {@link #offer} refuses at once) and, when it has a platform id,
 * must not have been taken before ({@link SeenUpdates}). An update not taken throws
 * {@link UpdateRefusedException}; nothing else about it happened. Before routing, a message may
 * become a text-button press ({@link TextButtons}) and the sender's app is noted ({@link Clients});
 * a callback press is checked for duplicates and opened for answering ({@link PressAnswers}). Every
 * press, callback or text, then passes the {@link PayloadPipeline}: a refused one is answered
 * {@code none()} and dropped, one with an expired token goes only to the expired-press handler. A
 * text-button press no press handler takes goes to the message handlers as the message it was.
 * Matching runs on the calling thread; handlers and every answer, the runtime's own included, run
 * on the executor, so a source's thread never waits for the platform.
 */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Map<PlatformId, Slot> platforms;
    private final HandlerPermits permits;
    private final SeenUpdates seen;
    private final String replica;
    /** Webhook requests waiting for their update's handler, by {@code platform/update id}. */
    private final ConcurrentMap<String, CountDownLatch> handling = new ConcurrentHashMap<>();
    private final Migrations migrations;
    private final Clients clients;
    private final TextButtons textButtons;
    private final DuplicatePresses duplicates;
    private final PayloadPipeline pipeline;
    private final Routes routes;
    private final Expiry expiry;
    private final ChatOrder order;
    private final PressAnswers answers;
    private final ListenerGroup listener;
    private final Ticker ticker;
    private final InFlight inFlight = new InFlight();
    private volatile boolean accepting = true;

    /**
     * One platform as the dispatcher sees it.
     *
     * @param platform its identity and limits
     * @param platformMessenger the platform's own messenger, which sends the runtime's answers
     * @param handlerMessenger the messenger handlers get, with the runtime's bookkeeping
     * @param deadline how long a handler has to answer a press
     */
    record Slot(BotPlatform platform, Messenger platformMessenger, BotMessenger handlerMessenger, Duration deadline) {
    }

    /** What happens to a press whose token expired: its handler, if any, and the runtime's answer. */
    record Expiry(Optional<PressHandler> handler, PressAnswer answer) {
        static final Expiry DEFAULT = new Expiry(Optional.empty(), PressAnswer.toast("This button has expired."));

        Expiry {
            checkNotNull(handler, "handler");
            checkNotNull(answer, "answer");
        }

        /** The answer to {@code press} checked against {@code rules}, or {@code none()} when they reject it. */
        AnswerRequest requestFor(ButtonPress press, AnswerRules rules) {
            try {
                return AnswerRequest.of(press, answer, rules);
            } catch (AnswerRejectedException e) {
                return AnswerRequest.of(press, PressAnswer.none(), rules);
            }
        }
    }

    /**
     * The collaborators in the order an update meets them: room and first sight (taking), what a
     * message or press is (migrations, apps, text buttons, duplicates, payloads), the handler
     * (routes, expiry) on the executor, then the press's answer and the listener's reports, with
     * handlers timed on {@code ticker}.
     */
    Dispatcher(Map<PlatformId, Slot> platforms, HandlerPermits permits, SeenUpdates seen, Migrations migrations,
               Clients clients, TextButtons textButtons, DuplicatePresses duplicates, PayloadPipeline pipeline,
               Routes routes, Expiry expiry, Executor executor, PressAnswers answers, ListenerGroup listener, String replica,
               Ticker ticker) {
        this.platforms = Map.copyOf(platforms);
        this.permits = permits;
        this.seen = seen;
        this.migrations = migrations;
        this.clients = clients;
        this.textButtons = textButtons;
        this.duplicates = duplicates;
        this.pipeline = pipeline;
        this.routes = routes;
        this.expiry = expiry;
        this.order = new ChatOrder(executor);
        this.answers = answers;
        this.listener = listener;
        this.replica = replica;
        this.ticker = ticker;
    }

    /** From now on every update is refused ({@link UpdateRefusedException.Reason#STOPPING}). */
    void stopAccepting() {
        accepting = false;
    }

    /**
     * Waits until every task submitted so far has finished and given back its room: handlers have
     * returned and their presses are answered, and so are the presses the runtime answers itself
     * (on the executor too).
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inFlight.awaitNone(timeout);
    }

    /** Takes {@code update}, waiting while the handlers are saturated; see {@link Bot#dispatch}. */
    void dispatch(Update update) {
        take(update, true);
    }

    /** Takes {@code update} if the handlers have room now; see {@link Bot#offer}. */
    void offer(Update update) {
        take(update, false);
    }

    /**
     * Takes {@code update} as {@link #offer} does, then waits until its handler has finished (and
     * its press was answered), or {@code limit} has passed; see {@link Bot#webhookSinkHandlingFirst}.
     */
    void offerAndAwait(Update update, Duration limit) {
        if (update.updateId().isEmpty()) {
            offer(update);
            return;
        }
        String key = update.platform().value() + "/" + update.updateId().get();
        CountDownLatch done = new CountDownLatch(1);
        handling.put(key, done);
        try {
            if (take(update, false) && !done.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.debug("{} update {} still handled after {}; answering its webhook", update.platform(),
                        idOf(update), limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            handling.remove(key, done);
        }
    }

    /** Hands over an update the runtime made itself (a migration a send found), without waiting for room. */
    void dispatchInternal(Update update) {
        Slot slot = slotOf(update);
        permits.acquireNow();
        boolean handedOver = false;
        try {
            handedOver = route(slot, update);
        } catch (UpdateRefusedException e) {
            LOG.debug("{} arrived as the bot stopped; not handled", update);
        } finally {
            if (!handedOver) {
                permits.release();
            }
        }
    }

    /** Takes {@code update}; true when a task on the executor now owns it (it is finished when that task ends). */
    private boolean take(Update update, boolean wait) {
        Slot slot = slotOf(update);
        listener.updateReceived(update);
        if (!accepting) {
            throw new UpdateRefusedException(update.platform(), idOf(update), UpdateRefusedException.Reason.STOPPING);
        }
        if (wait ? !awaitRoom() : !permits.tryAcquire()) {
            if (wait) {
                throw new UpdateRefusedException(update.platform(), idOf(update),
                        UpdateRefusedException.Reason.STOPPING);
            }
            listener.handlerRejected(update);
            throw new UpdateRefusedException(update.platform(), idOf(update), UpdateRefusedException.Reason.SATURATED);
        }
        boolean handedOver = false;
        boolean marked = false;
        try {
            if (!taken(update)) {
                LOG.debug("{} update {} was delivered again; not dispatched", update.platform(), idOf(update));
                listener.updateDuplicate(update);
                return false;
            }
            marked = update.updateId().isPresent();
            handedOver = route(slot, update);
            return handedOver;
        } catch (UpdateRefusedException e) {
            if (marked) {
                forget(update);
            }
            throw e;
        } finally {
            if (!handedOver) {
                permits.release();
                if (marked) {
                    finished(update);
                }
            }
        }
    }

    /**
     * Hands over an update adopted from a replica that died before handling it ({@link
     * SeenUpdates#adoptOrphans}): it is already marked seen and kept as taken by this replica, so it
     * is routed without those steps, waiting for room like {@link #dispatch}, and finished as usual.
     * A press among them may be answered here even if {@code from} claimed it ({@link PressAnswers#adopted}).
     */
    void dispatchAdopted(Update update, String from) {
        Slot slot = slotOf(update);
        if (update instanceof ButtonPress press) {
            answers.adopted(press, from);
        }
        if (!awaitRoom()) {
            throw new UpdateRefusedException(update.platform(), idOf(update), UpdateRefusedException.Reason.STOPPING);
        }
        boolean handedOver = false;
        try {
            handedOver = route(slot, update);
        } finally {
            if (!handedOver) {
                permits.release();
                finished(update);
            }
        }
    }

    private boolean awaitRoom() {
        try {
            return permits.acquire(() -> accepting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Marks {@code update} seen and taken by this replica; false when it was seen before. */
    private boolean taken(Update update) {
        if (update.updateId().isEmpty()) {
            return true;
        }
        try {
            return seen.take(update.platform(), update.updateId().get(), replica, update.raw().text());
        } catch (RuntimeException e) {
            LOG.warn("{} could not tell whether {} update {} was seen; handling it", seen, update.platform(),
                    idOf(update), e);
            return true;
        }
    }

    private void forget(Update update) {
        try {
            seen.forget(update.platform(), update.updateId().orElseThrow());
            seen.finished(update.platform(), update.updateId().orElseThrow(), replica);
        } catch (RuntimeException e) {
            LOG.warn("{} could not forget {} update {}; its next delivery may be dropped", seen, update.platform(),
                    idOf(update), e);
        }
    }

    /** This replica is done with {@code update}: handled, failed, or never handed to a handler. */
    private void finished(Update update) {
        if (update.updateId().isEmpty()) {
            return;
        }
        CountDownLatch waiter = handling.get(update.platform().value() + "/" + update.updateId().get());
        if (waiter != null) {
            waiter.countDown();
        }
        try {
            seen.finished(update.platform(), update.updateId().get(), replica);
        } catch (RuntimeException e) {
            LOG.warn("{} could not note that {} update {} was finished; if this replica dies within the seen"
                    + " window it may be handled again: {}", seen, update.platform(), idOf(update), e.getMessage());
        }
    }

    /** Routes {@code update}; true when a task on the executor now owns its room. */
    private boolean route(Slot slot, Update update) {
        return switch (update.kind()) {
            case BUTTON_PRESS -> dispatchPress(slot, (ButtonPress) update, Optional.empty());
            case MESSAGE -> dispatchMessage(slot, (MessageReceived) update);
            case MEMBERSHIP -> dispatchOther(slot, update);
            case CHAT_MIGRATED -> migrations.first((ChatMigrated) update) && dispatchOther(slot, update);
            case IGNORED -> {
                LOG.debug("{} update {} ignored", update.platform(), idOf(update));
                yield false;
            }
        };
    }

    private Slot slotOf(Update update) {
        checkNotNull(update, "update");
        Slot slot = platforms.get(update.platform());
        checkArgument(slot != null, "no platform %s in this bot", update.platform());
        return slot;
    }

    private boolean dispatchMessage(Slot slot, MessageReceived message) {
        clients.seen(message);
        Optional<ButtonPress> press = textButtons.pressOf(message);
        return press.isPresent() ? dispatchPress(slot, press.get(), Optional.of(message)) : dispatchOther(slot, message);
    }

    private boolean dispatchPress(Slot slot, ButtonPress received, Optional<MessageReceived> message) {
        boolean callback = received.source() == PressSource.CALLBACK;
        if (callback && duplicates.isDuplicate(received)) {
            LOG.debug("press {} on {} repeats one within the window; not dispatched", received.pressId(),
                    received.platform());
            return refuse(slot, received, true, AutoAnswerReason.DUPLICATE);
        }
        PayloadPipeline.Incoming incoming;
        try {
            incoming = pipeline.incoming(received);
        } catch (RuntimeException e) {
            LOG.warn("reading the payload of press {} on {} failed", received.pressId(), received.platform(), e);
            incoming = new PayloadPipeline.Incoming.Rejected("payload pipeline failed: " + e);
        }
        if (incoming instanceof PayloadPipeline.Incoming.Rejected rejected) {
            LOG.warn("press {} on {} refused: {}", received.pressId(), received.platform(), rejected.reason());
            listener.payloadRejected(received, rejected.reason());
            return refuse(slot, received, callback, AutoAnswerReason.PAYLOAD_REJECTED);
        }
        if (incoming instanceof PayloadPipeline.Incoming.Expired expired) {
            return dispatchExpired(slot, expired.press(), callback);
        }
        ButtonPress press = incoming.accepted().orElseThrow();
        Optional<Route.Invocation> invocation;
        try {
            invocation = routes.first(press);
        } catch (Exception e) {
            failed(press, e);
            return refuse(slot, press, callback, AutoAnswerReason.HANDLER_FAILED);
        }
        if (invocation.isEmpty()) {
            if (message.isPresent()) {
                return dispatchOther(slot, message.get());
            }
            LOG.debug("no handler for press {} on {}", press.pressId(), press.platform());
            return refuse(slot, press, callback, AutoAnswerReason.UNMATCHED);
        }
        Optional<PendingPress> pending = callback
                ? Optional.of(answers.open(press, slot.platformMessenger(),
                        slot.platform().answerRules(), slot.deadline()))
                : Optional.empty();
        return submit(slot, press, invocation.get(), pending, AutoAnswerReason.HANDLER_RETURNED);
    }

    /**
     * A press whose token its store no longer knows: only the expired-press handler runs; what it
     * leaves unanswered gets the expired-press answer. Never routed to the other handlers.
     */
    private boolean dispatchExpired(Slot slot, ButtonPress press, boolean callback) {
        LOG.debug("press {} on {} carries an unknown or expired token", press.pressId(), press.platform());
        AnswerRules rules = slot.platform().answerRules();
        if (expiry.handler().isEmpty()) {
            return callback && execute(press, () -> answers.answerUndispatched(press, slot.platformMessenger(), rules,
                    expiry.requestFor(press, rules), AutoAnswerReason.PAYLOAD_EXPIRED));
        }
        PressHandler handler = expiry.handler().get();
        Optional<PendingPress> pending = callback
                ? Optional.of(answers.open(new PendingPress(press, slot.platformMessenger(), rules,
                        expiry.requestFor(press, rules)), slot.deadline()))
                : Optional.empty();
        return submit(slot, press, context -> handler.handle(press, context), pending,
                AutoAnswerReason.PAYLOAD_EXPIRED);
    }

    private boolean dispatchOther(Slot slot, Update update) {
        Optional<Route.Invocation> invocation;
        try {
            invocation = routes.first(update);
        } catch (Exception e) {
            failed(update, e);
            return false;
        }
        return invocation.isPresent() && submit(slot, update, invocation.get(), Optional.empty(),
                AutoAnswerReason.HANDLER_RETURNED);
    }

    private boolean submit(Slot slot, Update update, Route.Invocation invocation, Optional<PendingPress> pending,
                           AutoAnswerReason returned) {
        BotContext context = new BotContext(update, slot.handlerMessenger(), pending, answers);
        try {
            return execute(update, () -> run(update, invocation, context, pending, returned));
        } catch (UpdateRefusedException e) {
            pending.ifPresent(p -> answers.answerNone(p, AutoAnswerReason.SHUTDOWN));
            throw e;
        }
    }

    /**
     * Runs {@code task} for {@code update} on the executor; the task then owns the update's room and
     * gives it back when done. Always true.
     *
     * @throws UpdateRefusedException when the executor no longer takes work (the bot stopped meanwhile)
     */
    private boolean execute(Update update, Runnable work) {
        Runnable task = () -> {
            try {
                work.run();
            } finally {
                finished(update);
            }
        };
        inFlight.started();
        try {
            order.execute(update, () -> {
                try {
                    task.run();
                } finally {
                    permits.release();
                    inFlight.finished();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.finished();
            throw new UpdateRefusedException(update.platform(), idOf(update), UpdateRefusedException.Reason.STOPPING);
        }
    }

    private void run(Update update, Route.Invocation invocation, BotContext context, Optional<PendingPress> pending,
                     AutoAnswerReason returned) {
        AutoAnswerReason reason = returned;
        long started = ticker.read();
        try {
            invocation.run(context);
            listener.handlerFinished(update, Duration.ofNanos(ticker.read() - started), false);
        } catch (Exception e) {
            Duration took = Duration.ofNanos(ticker.read() - started);
            reason = AutoAnswerReason.HANDLER_FAILED;
            failed(update, e);
            listener.handlerFinished(update, took, true);
        } finally {
            AutoAnswerReason why = reason;
            pending.ifPresent(p -> answers.answerNone(p, why));
        }
    }

    /** Answers a press that is never dispatched, on the executor; true when that task owns the room. */
    private boolean refuse(Slot slot, ButtonPress press, boolean callback, AutoAnswerReason reason) {
        return callback && execute(press, () -> answers.answerUndispatched(press,
                slot.platformMessenger(), slot.platform().answerRules(), reason));
    }

    private void failed(Update update, Exception error) {
        if (update instanceof ButtonPress press) {
            LOG.warn("handler failed on press {} on {}", press.pressId(), press.platform(), error);
        } else {
            LOG.warn("handler failed on {} {} update {}", update.platform(), update.kind(), idOf(update), error);
        }
        listener.handlerFailed(update, error);
    }

    private static String idOf(Update update) {
        return update.updateId().orElse("?");
    }
}
