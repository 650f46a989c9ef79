package dev.switchboard.core.event;

import java.util.Locale;

/** Whose membership changed: the bot's own, or another user's. */
public enum MembershipSubject {
    /** The bot's own membership (Telegram {@code my_chat_member}; a user blocking the bot). */
    BOT,
    /** Another user's membership of a group or community. */
    USER;

    /** Lower-case name, as in the CLI's JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
