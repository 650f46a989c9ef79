package dev.switchboard.core.validate;

/**
 * Thrown instead of sending a message of cards the platform would reject (a VK carousel with too
 * many cards, a title over 80 characters, cards shaped unlike the first, …), or whose fallback
 * keyboard fits no layout. {@link #report()} lists every violation, with paths such as
 * {@code cards[2].title}; nothing was sent. A sibling of {@link KeyboardRejectedException}: catch
 * {@link RejectedByLimitsException} for any of them.
 */
public final class CardsRejectedException extends RejectedByLimitsException {
    private static final long serialVersionUID = 1L;

    /** Cards refused for the errors in {@code report}. */
    public CardsRejectedException(ValidationReport report) {
        super(report);
    }
}
