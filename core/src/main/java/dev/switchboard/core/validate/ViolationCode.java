package dev.switchboard.core.validate;

/**
 * Stable codes of every rule the validators enforce; part of the public contract in
 * {@code docs/layout-format.md}. New codes may be added, existing ones never change. Which rule
 * raises which code on which platform is listed in {@code docs/validation.md}.
 */
public enum ViolationCode {
    EMPTY_KEYBOARD(Severity.ERROR),
    EMPTY_ROW(Severity.ERROR),
    TOO_MANY_BUTTONS(Severity.ERROR),
    TOO_MANY_ROWS(Severity.ERROR),
    ROW_TOO_WIDE(Severity.ERROR),
    MARKUP_TOO_LARGE(Severity.ERROR),
    LABEL_EMPTY(Severity.ERROR),
    LABEL_TOO_LONG(Severity.ERROR),
    PAYLOAD_EMPTY(Severity.ERROR),
    PAYLOAD_TOO_LONG(Severity.ERROR),
    UNSUPPORTED_BUTTON(Severity.ERROR),
    MISSING_FIELD(Severity.ERROR),
    INVALID_URL(Severity.ERROR),
    MUST_BE_ALONE_IN_ROW(Severity.ERROR),
    FIELD_TOO_LONG(Severity.ERROR),
    AMBIGUOUS_TEXT_BUTTON(Severity.ERROR),
    OPTION_UNSUPPORTED(Severity.ERROR),
    PLACEHOLDER_TOO_LONG(Severity.ERROR),
    STYLE_IGNORED(Severity.WARNING),
    OPTION_IGNORED(Severity.WARNING),
    DUPLICATE_PAYLOAD(Severity.WARNING),
    ANSWER_TEXT_TOO_LONG(Severity.ERROR),
    UNSUPPORTED_ANSWER(Severity.ERROR),
    ANSWER_DEGRADED(Severity.WARNING),
    /**
     * The markup as Telegram's servers receive it (MTProto, not JSON) is over their limit:
     * {@code REPLY_MARKUP_TOO_LONG}. Distinct from {@link #MARKUP_TOO_LARGE}, which measures the JSON.
     */
    MARKUP_TOO_LONG(Severity.ERROR),
    /**
     * A platform's own button (read from its keyboard JSON) that the neutral model cannot carry,
     * e.g. Telegram {@code login_url}; raised on every platform, so no writer sends it.
     */
    NOT_REPRESENTABLE(Severity.ERROR);

    private final Severity severity;

    ViolationCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity every violation with this code has. */
    public Severity severity() {
        return severity;
    }
}
