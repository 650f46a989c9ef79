package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateKind;
import dev.switchboard.core.payload.PayloadCodec;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The registered routes in registration order, and the factories that build each kind. The first
 * route that matches wins; payloads match exactly, by segment prefix or by codec, never by substring.
 */
final class Routes {
    private final List<Route> routes;

    Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    List<Route> all() {
        return routes;
    }

    /** The first match for {@code update}; what a predicate or codec throws propagates. */
    Optional<Route.Invocation> first(Update update) throws Exception {
        for (Route route : routes) {
            Optional<Route.Invocation> invocation = route.match(update);
            if (invocation.isPresent()) {
                return invocation;
            }
        }
        return Optional.empty();
    }

    static Route command(String name, MessageHandler handler) {
        return message(CommandMatcher.of(name), handler);
    }

    static Route text(String text, MessageHandler handler) {
        checkNotNull(text, "text");
        return message(message -> message.text().equals(text), handler);
    }

    static Route message(Predicate<MessageReceived> predicate, MessageHandler handler) {
        checkNotNull(predicate, "predicate");
        checkNotNull(handler, "handler");
        return new Route(UpdateKind.MESSAGE, false, update -> {
            MessageReceived message = (MessageReceived) update;
            return predicate.test(message) ? Optional.of(context -> handler.handle(message, context)) : Optional.empty();
        });
    }

    static <T> Route codec(PayloadCodec<T> codec, TypedPressHandler<T> handler) {
        checkNotNull(codec, "codec");
        checkNotNull(handler, "handler");
        return new Route(UpdateKind.BUTTON_PRESS, false, update -> {
            ButtonPress press = (ButtonPress) update;
            Optional<T> value = press.payload().isPresent() ? codec.unpack(press.payload().get()) : Optional.empty();
            return value.map(v -> context -> handler.handle(press, v, context));
        });
    }

    static Route payload(String payload, PressHandler handler) {
        checkNotNull(payload, "payload");
        return press(press -> press.payload().filter(payload::equals).isPresent(), handler);
    }

    static Route prefix(String prefix, PressHandler handler) {
        checkNotNull(prefix, "prefix");
        checkArgument(!prefix.isEmpty(), "prefix must not be empty");
        checkArgument(!prefix.endsWith(":"), "prefix is a whole segment, give it without the ':': %s", prefix);
        String segment = prefix + ":";
        return press(press -> press.payload().filter(p -> p.equals(prefix) || p.startsWith(segment)).isPresent(),
                handler);
    }

    static Route press(Predicate<ButtonPress> predicate, PressHandler handler) {
        checkNotNull(predicate, "predicate");
        checkNotNull(handler, "handler");
        return new Route(UpdateKind.BUTTON_PRESS, false, update -> {
            ButtonPress press = (ButtonPress) update;
            return predicate.test(press) ? Optional.of(context -> handler.handle(press, context)) : Optional.empty();
        });
    }

    static Route membership(Change change, MembershipHandler handler) {
        checkNotNull(change, "change");
        boolean ownOnly = change == Change.BLOCKED || change == Change.UNBLOCKED;
        return membership(event -> event.change() == change, !ownOnly, handler);
    }

    static Route membership(Predicate<MembershipChange> predicate, MembershipHandler handler) {
        return membership(predicate, true, handler);
    }

    static Route migrated(ChatMigratedHandler handler) {
        checkNotNull(handler, "handler");
        return new Route(UpdateKind.CHAT_MIGRATED, false, update -> {
            ChatMigrated migrated = (ChatMigrated) update;
            return Optional.of(context -> handler.handle(migrated, context));
        });
    }

    private static Route membership(Predicate<MembershipChange> predicate, boolean otherMembers,
                                    MembershipHandler handler) {
        checkNotNull(predicate, "predicate");
        checkNotNull(handler, "handler");
        return new Route(UpdateKind.MEMBERSHIP, otherMembers, update -> {
            MembershipChange change = (MembershipChange) update;
            return predicate.test(change) ? Optional.of(context -> handler.handle(change, context)) : Optional.empty();
        });
    }
}
