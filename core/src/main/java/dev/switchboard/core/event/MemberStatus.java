package dev.switchboard.core.event;

import java.util.Locale;

/**
 * A member's standing in a chat, in one set for both platforms. Telegram's {@code restricted}
 * counts as RESTRICTED only while {@code is_member} is true; a restricted user who is gone is
 * LEFT, as the Bot API defines presence.
 */
public enum MemberStatus {
    /** The chat's creator (Telegram {@code creator}). */
    OWNER,
    /** An administrator. */
    ADMIN,
    /** An ordinary member. */
    MEMBER,
    /** A member with restrictions, still in the chat. */
    RESTRICTED,
    /** Not in the chat (left, or never joined). */
    LEFT,
    /** Removed and banned (Telegram {@code kicked}). */
    BANNED;

    /** True for the statuses of someone present in the chat. */
    public boolean isPresent() {
        return this != LEFT && this != BANNED;
    }

    /** Lower-case name, as in the CLI's JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
