package dev.switchboard.core.bot;

/**
 * Why the bot runtime answered a press itself with {@code PressAnswer.none()}, as reported to
 * {@link SwitchboardListener#pressAutoAnswered}. Every callback press is answered exactly once;
 * these are the ways the runtime does it when the handler did not.
 */
public enum AutoAnswerReason {
    /** No handler matched the press. */
    UNMATCHED,
    /** The handler returned without answering. */
    HANDLER_RETURNED,
    /** The handler (or its route's predicate or codec) threw. */
    HANDLER_FAILED,
    /** The platform's answer deadline passed while the handler was still running; a warning is logged. */
    DEADLINE,
    /** The same press arrived again within the duplicate window and was not dispatched. */
    DUPLICATE,
    /** The handler executor was full, so the handler never ran. */
    REJECTED,
    /** The payload was refused before any handler ran (an expired token, a bad signature). */
    PAYLOAD_REJECTED,
    /** The bot was stopping or stopped. */
    SHUTDOWN
}
