package dev.switchboard.core.bot;

import dev.switchboard.core.event.ChatMigrated;

/**
 * Handles a Telegram group that became a supergroup, registered with {@code onChatMigrated}: from
 * an update, or noticed by a send that was retried on the new chat. Runs on the bot's handler
 * executor; what it throws is logged and the bot carries on.
 */
@FunctionalInterface
public interface ChatMigratedHandler {
    /** Handles one migration; an exception is reported to the listener and the bot goes on. */
    void handle(ChatMigrated migrated, BotContext context) throws Exception;
}
