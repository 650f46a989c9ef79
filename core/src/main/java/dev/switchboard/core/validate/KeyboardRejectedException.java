package dev.switchboard.core.validate;

/**
 * Thrown instead of sending or writing a keyboard the platform would reject.
 * {@link #report()} lists every violation; the message names the count and the first few. A press
 * answer the platform would reject throws {@link AnswerRejectedException}; catch
 * {@link RejectedByLimitsException} for both.
 */
public final class KeyboardRejectedException extends RejectedByLimitsException {
    private static final long serialVersionUID = 1L;

    /** A keyboard refused for the errors in {@code report}. */
    public KeyboardRejectedException(ValidationReport report) {
        super(report);
    }
}
