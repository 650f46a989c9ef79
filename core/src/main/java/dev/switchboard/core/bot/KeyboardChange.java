package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import java.util.Optional;

/**
 * What an edit does to the message's inline keyboard; always said explicitly, because
 * Telegram drops an inline keyboard that an edit does not re-send.
 *
 * @param action keep, replace or remove
 * @param keyboard the new keyboard, present only for {@link Action#REPLACE}
 */
public record KeyboardChange(Action action, Optional<Keyboard> keyboard) {
    /** What happens to the keyboard. */
    public enum Action {
        /** The message keeps the keyboard it has (re-sent where the platform needs it). */
        KEEP,
        /** The message gets another keyboard. */
        REPLACE,
        /** The message loses its keyboard. */
        REMOVE
    }

    private static final KeyboardChange KEEP = new KeyboardChange(Action.KEEP, Optional.empty());
    private static final KeyboardChange REMOVE = new KeyboardChange(Action.REMOVE, Optional.empty());

    public KeyboardChange {
        checkNotNull(action, "action");
        checkNotNull(keyboard, "keyboard");
        checkArgument(keyboard.isPresent() == (action == Action.REPLACE), "only REPLACE carries a keyboard");
        keyboard.ifPresent(k -> checkArgument(k.type() == KeyboardType.INLINE,
                "messages can be edited only with an inline keyboard, not %s", k.type()));
    }

    /** Keep the keyboard the message has. */
    public static KeyboardChange keep() {
        return KEEP;
    }

    /** Replace it with {@code keyboard} (an inline keyboard). */
    public static KeyboardChange replace(Keyboard keyboard) {
        return new KeyboardChange(Action.REPLACE, Optional.of(checkNotNull(keyboard, "keyboard")));
    }

    /** Remove the keyboard. */
    public static KeyboardChange remove() {
        return REMOVE;
    }
}
