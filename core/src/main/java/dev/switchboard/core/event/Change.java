package dev.switchboard.core.event;

import java.util.Locale;

/** What a {@link MembershipChange} means, derived from the old and new {@link MemberStatus}. */
public enum Change {
    /** The user blocked the bot (Telegram private {@code kicked}; VK {@code message_deny}). */
    BLOCKED,
    /** The user unblocked the bot (Telegram private back to {@code member}; VK {@code message_allow}). */
    UNBLOCKED,
    /** Not present before, present now. */
    JOINED,
    /** Present before, gone now (left, or removed). */
    LEFT,
    /** Became an admin or the owner. */
    PROMOTED,
    /** Was an admin or the owner, no longer is. */
    DEMOTED,
    /** Still present, but restricted now. */
    RESTRICTED,
    /** Any other change of status. */
    OTHER;

    /**
     * The change between two statuses of a member of a group or channel: not present before and
     * present now is JOINED, the reverse LEFT; becoming admin or owner is PROMOTED, losing it
     * DEMOTED; becoming restricted RESTRICTED; anything else OTHER.
     */
    public static Change between(MemberStatus from, MemberStatus to) {
        if (!from.isPresent() && to.isPresent()) {
            return JOINED;
        }
        if (from.isPresent() && !to.isPresent()) {
            return LEFT;
        }
        if (!from.isPresent()) {
            return OTHER;
        }
        boolean wasAdmin = from == MemberStatus.ADMIN || from == MemberStatus.OWNER;
        boolean isAdmin = to == MemberStatus.ADMIN || to == MemberStatus.OWNER;
        if (!wasAdmin && isAdmin) {
            return PROMOTED;
        }
        if (wasAdmin && !isAdmin) {
            return DEMOTED;
        }
        if (to == MemberStatus.RESTRICTED && from != MemberStatus.RESTRICTED) {
            return RESTRICTED;
        }
        return OTHER;
    }

    /** Lower-case name, as in the CLI's JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
