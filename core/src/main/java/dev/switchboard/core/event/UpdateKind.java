package dev.switchboard.core.event;

/** The kinds of {@link Update}, one per record, for exhaustive {@code switch} expressions. */
public enum UpdateKind {
    BUTTON_PRESS,
    MESSAGE,
    MEMBERSHIP,
    CHAT_MIGRATED,
    IGNORED
}
