package dev.switchboard.core.event;

import java.util.Locale;

/** Whose membership changed: the bot's own, or another user's. */
public enum MembershipSubject {
    BOT,
    USER;

    /** Lower-case name, as in the CLI's JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
