package dev.switchboard.core.bot;

import dev.switchboard.core.event.ButtonPress;

/**
 * Handles a button press, registered with {@code onPress(payload)}, {@code onPressPrefix} or
 * {@code onPress(predicate)}. Runs on the bot's handler executor. A callback press it does not
 * answer through {@link BotContext#answer} is answered {@code none()} when it returns or throws;
 * what it throws is logged with the press id and the bot carries on.
 */
@FunctionalInterface
public interface PressHandler {
    /** Handles one press; an exception is reported to the listener, and an unanswered press still gets an answer. */
    void handle(ButtonPress press, BotContext context) throws Exception;
}
