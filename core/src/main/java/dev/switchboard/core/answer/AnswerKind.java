package dev.switchboard.core.answer;

/** The kinds of {@link PressAnswer}, one per record. */
public enum AnswerKind {
    /** A {@link NoAnswer}: the press is acknowledged with nothing shown. */
    NONE,
    /** A {@link Toast}: a short notice. */
    TOAST,
    /** An {@link Alert}: a dialog the user closes. */
    ALERT,
    /** An {@link OpenLink}: the client opens a URL. */
    OPEN_LINK,
    /** An {@link OpenApp}: the client opens a VK mini app. */
    OPEN_APP
}
