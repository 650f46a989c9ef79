package dev.switchboard.core.event;

/** The kinds of {@link Update}, one per record, for exhaustive {@code switch} expressions. */
public enum UpdateKind {
    /** A {@link ButtonPress}. */
    BUTTON_PRESS,
    /** A {@link MessageReceived}. */
    MESSAGE,
    /** A {@link MembershipChange}. */
    MEMBERSHIP,
    /** A {@link ChatMigrated}. */
    CHAT_MIGRATED,
    /** An {@link Ignored} update. */
    IGNORED
}
