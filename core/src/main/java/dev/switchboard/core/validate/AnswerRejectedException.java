package dev.switchboard.core.validate;

/**
 * Thrown instead of sending or writing a press answer the platform would reject (an unsupported
 * kind, a text too long, a link the platform refuses). {@link #report()} lists every violation;
 * the message names the count and the first few. A rejected keyboard throws
 * {@link KeyboardRejectedException}; catch {@link RejectedByLimitsException} for both.
 */
public final class AnswerRejectedException extends RejectedByLimitsException {
    private static final long serialVersionUID = 1L;

    /** An answer refused for the errors in {@code report}. */
    public AnswerRejectedException(ValidationReport report) {
        super(report);
    }
}
