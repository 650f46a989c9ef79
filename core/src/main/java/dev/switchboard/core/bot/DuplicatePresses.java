package dev.switchboard.core.bot;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.spi.RecentPresses;
import dev.switchboard.core.spi.StateStoreException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises the same press again within a window (a double tap, a redelivered update): same
 * platform, user, message (chat and message id, or inline message id) and payload, remembered in
 * {@link RecentPresses} (shared by the bot's replicas when it is). When the bot replaces a
 * message's keyboard, a payload the new keyboard offers again is a new choice, not a repeat
 * ("◀ Back to page 2" right after "▶" to page 2); a payload the new keyboard no longer offers stays
 * a repeat (the second tap of a double tap on the old keyboard). A zero window recognises nothing.
 * When the store cannot be reached, a press counts as new (handled, with a warning): a double tap
 * may then run twice, but no press is lost.
 */
final class DuplicatePresses {
    private static final Logger LOG = LoggerFactory.getLogger(DuplicatePresses.class);

    private final RecentPresses recent;
    private final Duration window;

    DuplicatePresses(RecentPresses recent, Duration window) {
        this.recent = recent;
        this.window = window;
    }

    /** True when the same press was seen within the window; otherwise remembers this one. */
    boolean isDuplicate(ButtonPress press) {
        if (window.isZero()) {
            return false;
        }
        try {
            return recent.repeated(press.platform(), messageKey(press.chatId(), press.messageId(),
                    press.inlineMessageId()), press.userId(), press.payload().orElse(""), window);
        } catch (StateStoreException e) {
            LOG.warn("could not check {} press {} against recent presses; handling it: {}", press.platform(),
                    press.pressId(), e.getMessage());
            return false;
        }
    }

    /**
     * The bot replaced the keyboard of {@code message} with {@code sent} (as it went out): presses
     * seen on that message whose payload {@code sent} offers again are forgotten.
     */
    void keyboardReplaced(MessageRef message, Keyboard sent) {
        if (window.isZero()) {
            return;
        }
        Set<String> offered = sent.rows().stream().flatMap(List::stream)
                .filter(CallbackButton.class::isInstance).map(b -> ((CallbackButton) b).payload())
                .collect(Collectors.toSet());
        try {
            recent.keyboardReplaced(message.platform(),
                    messageKey(message.chatId(), message.messageId(), message.inlineMessageId()), offered);
        } catch (StateStoreException e) {
            LOG.warn("could not tell recent presses that a keyboard was replaced: {}", e.getMessage());
        }
    }

    private static String messageKey(OptionalLong chatId, OptionalLong messageId, Optional<String> inlineMessageId) {
        return inlineMessageId.map(id -> "inline:" + id)
                .orElseGet(() -> chatId.orElse(0) + "/" + messageId.orElse(0));
    }
}
