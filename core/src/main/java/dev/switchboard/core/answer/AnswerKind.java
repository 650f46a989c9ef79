package dev.switchboard.core.answer;

/** The kinds of {@link PressAnswer}, one per record. */
public enum AnswerKind {
    NONE,
    TOAST,
    ALERT,
    OPEN_LINK,
    OPEN_APP
}
