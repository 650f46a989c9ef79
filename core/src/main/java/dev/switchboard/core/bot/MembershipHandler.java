package dev.switchboard.core.bot;

import dev.switchboard.core.event.MembershipChange;

/**
 * Handles a membership change, registered with {@code onMembership}. Runs on the bot's handler
 * executor; what it throws is logged and the bot carries on.
 */
@FunctionalInterface
public interface MembershipHandler {
    /** Handles one membership change; an exception is reported to the listener and the bot goes on. */
    void handle(MembershipChange change, BotContext context) throws Exception;
}
