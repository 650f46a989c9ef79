package dev.switchboard.core.bot;

import dev.switchboard.core.event.MessageReceived;

/**
 * Handles a message, registered with {@code onCommand}, {@code onText} or {@code onMessage}.
 * Runs on the bot's handler executor; what it throws is logged and the bot carries on.
 */
@FunctionalInterface
public interface MessageHandler {
    /** Handles one message; an exception is reported to the listener and the bot goes on. */
    void handle(MessageReceived message, BotContext context) throws Exception;
}
