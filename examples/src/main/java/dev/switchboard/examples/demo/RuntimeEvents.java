package dev.switchboard.examples.demo;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.AutoAnswerReason;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the bot runtime reported while the demo ran, collected from its handler threads and
 * taken by the demo's thread after each scripted action: presses it answered itself (and why),
 * answers that came too late, handlers that threw.
 */
final class RuntimeEvents implements SwitchboardListener {
    /** One thing the runtime reported, as the transcript says it. */
    record Event(Kind kind, String pressId, String text) {
    }

    /** What kind of thing. */
    enum Kind {
        /** The runtime answered a press itself; {@code text} says why. */
        AUTO_ANSWERED,
        /** A handler answered after the press had been answered; the answer was not sent. */
        LATE_ANSWER,
        /** A handler threw. */
        HANDLER_FAILED
    }

    private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

    @Override
    public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
        events.add(new Event(Kind.AUTO_ANSWERED, press.pressId(), why(reason)));
    }

    @Override
    public void lateAnswer(ButtonPress press, PressAnswer ignored) {
        events.add(new Event(Kind.LATE_ANSWER, press.pressId(),
                "the handler answered " + Transcript.describe(ignored) + " too late; it was not sent"));
    }

    @Override
    public void handlerFailed(Update update, Exception error) {
        String id = update instanceof ButtonPress press ? press.pressId() : "";
        events.add(new Event(Kind.HANDLER_FAILED, id, "a handler threw " + error));
    }

    /** The events reported since the last call, oldest first. */
    List<Event> take() {
        List<Event> taken = new ArrayList<>();
        for (Event event = events.poll(); event != null; event = events.poll()) {
            taken.add(event);
        }
        return taken;
    }

    @SuppressWarnings("deprecation") // REJECTED is never reported, but the switch must name it
    private static String why(AutoAnswerReason reason) {
        return switch (reason) {
            case UNMATCHED -> "the runtime: no handler matched";
            case HANDLER_RETURNED -> "the runtime when the handler returned";
            case HANDLER_FAILED -> "the runtime: the handler threw";
            case DEADLINE -> "the runtime at the deadline, the handler still running";
            case DUPLICATE -> "the runtime: a double tap (the same press within the duplicate window)";
            case REJECTED -> "the runtime: no handler thread was free";
            case PAYLOAD_REJECTED -> "the runtime: the payload failed verification";
            case PAYLOAD_EXPIRED -> "the runtime: the button's stored payload has expired";
            case SHUTDOWN -> "the runtime as the bot stopped";
        };
    }
}
