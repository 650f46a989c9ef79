package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateKind;
import java.util.Optional;

/**
 * One registered handler with what it matches: updates of one kind, then an exact test (a
 * payload, a codec, a command, a predicate). Matching is cheap and runs on the dispatching thread;
 * the returned {@link Invocation} runs on the handler executor.
 *
 * @param kind the updates this route looks at
 * @param otherMembers for a membership route: whether it may need changes of other users
 * @param matcher the test, giving the handler call when it matches
 */
record Route(UpdateKind kind, boolean otherMembers, Matcher matcher) {
    Route {
        checkNotNull(kind, "kind");
        checkNotNull(matcher, "matcher");
    }

    /** The handler call for {@code update}, or empty when this route does not match it. */
    Optional<Invocation> match(Update update) throws Exception {
        return update.kind() == kind ? matcher.match(update) : Optional.empty();
    }

    /** Tests an update of the route's kind. */
    @FunctionalInterface
    interface Matcher {
        Optional<Invocation> match(Update update) throws Exception;
    }

    /** A matched handler, bound to its update, waiting for a context. */
    @FunctionalInterface
    interface Invocation {
        void run(BotContext context) throws Exception;
    }
}
