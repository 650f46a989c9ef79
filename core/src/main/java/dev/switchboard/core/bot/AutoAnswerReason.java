package dev.switchboard.core.bot;

/**
 * Why the bot runtime answered a press itself, as reported to
 * {@link SwitchboardListener#pressAutoAnswered}: with {@code PressAnswer.none()}, except for a
 * press of {@link #PAYLOAD_EXPIRED}, answered with the expired-press answer (a toast by default).
 * Every callback press is answered exactly once; these are the ways the runtime does it when the
 * handler did not.
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
    /**
     * No longer reported: a full handler queue now refuses the update itself
     * ({@link dev.switchboard.core.spi.UpdateRefusedException}), so the platform delivers it again
     * and nothing is answered early.
     *
     * @deprecated kept so that code switching over the reasons still compiles; never used
     */
    @Deprecated
    REJECTED,
    /**
     * The payload was refused before any handler ran (a bad or missing signature); reported to
     * {@link SwitchboardListener#payloadRejected} too.
     */
    PAYLOAD_REJECTED,
    /**
     * The payload was a token its store no longer knows (expired, evicted or forged): the
     * expired-press handler, if any, did not answer, so the runtime answered with the expired-press
     * answer (see {@code Bot.Builder.onExpiredPress}).
     */
    PAYLOAD_EXPIRED,
    /** The bot was stopping or stopped. */
    SHUTDOWN
}
