package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * A platform-neutral keyboard: a type, rows of buttons and the options of a standard
 * keyboard. Immutable and null-hostile; rows are copied on construction.
 *
 * <p>Only structure is checked here. Empty rows, rows wider than a platform allows and
 * too many buttons are representable on purpose: a platform's validator reports them all
 * (see {@code docs/validation.md}). A {@link KeyboardType#REMOVE} keyboard has no rows and no options.
 *
 * <pre>{@code
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
 *          Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
 *     .build();
 * }</pre>
 *
 * @param type where the keyboard lives
 * @param rows rows of buttons, top to bottom
 * @param oneTime hide a standard keyboard after one press
 * @param persistent keep a standard keyboard shown when the user hides it (Telegram)
 * @param placeholder text in the input field while a standard keyboard is shown (Telegram)
 */
public record Keyboard(KeyboardType type, List<List<Button>> rows, boolean oneTime, boolean persistent,
                       Optional<String> placeholder) {

    private static final Keyboard REMOVE = new Keyboard(KeyboardType.REMOVE, List.of(), false, false, Optional.empty());

    public Keyboard {
        checkNotNull(type, "type");
        checkNotNull(rows, "rows");
        checkNotNull(placeholder, "placeholder");
        // A loop, not a stream: every send builds a keyboard, and a stream's setup costs more
        // than copying a few rows (List.copyOf of an immutable row is the row itself).
        @SuppressWarnings("unchecked")
        List<Button>[] copies = new List[rows.size()];
        int r = 0;
        for (List<Button> row : rows) {
            copies[r++] = List.copyOf(checkNotNull(row, "row"));
        }
        rows = List.of(copies);
        if (type == KeyboardType.REMOVE) {
            checkArgument(rows.isEmpty() && !oneTime && !persistent && placeholder.isEmpty(),
                    "a REMOVE keyboard has no rows and no options");
        }
    }

    /** Starts an inline keyboard (attached to a message). */
    public static KeyboardBuilder inline() {
        return new KeyboardBuilder(KeyboardType.INLINE);
    }

    /** Starts a standard keyboard (under the input field). */
    public static KeyboardBuilder standard() {
        return new KeyboardBuilder(KeyboardType.STANDARD);
    }

    /** Starts a keyboard of the given type; {@link KeyboardType#REMOVE} has no builder, see {@link #remove()}. */
    public static KeyboardBuilder builder(KeyboardType type) {
        checkArgument(type != KeyboardType.REMOVE, "use Keyboard.remove() to take a keyboard away");
        return new KeyboardBuilder(type);
    }

    /** The keyboard that takes a standard keyboard away. */
    public static Keyboard remove() {
        return REMOVE;
    }

    /** The number of buttons in all rows. */
    public int buttonCount() {
        int count = 0;
        for (List<Button> row : rows) {
            count += row.size();
        }
        return count;
    }

    /** A builder that starts with this keyboard's type, rows and options. */
    public KeyboardBuilder toBuilder() {
        checkArgument(type != KeyboardType.REMOVE, "a REMOVE keyboard has nothing to build on");
        return new KeyboardBuilder(this);
    }
}
