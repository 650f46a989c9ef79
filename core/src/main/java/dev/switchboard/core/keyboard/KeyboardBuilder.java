package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Keyboard} row by row. Not thread-safe; {@link #build()} returns an
 * immutable keyboard and may be called again after more rows are added.
 */
public final class KeyboardBuilder {
    private final KeyboardType type;
    private final List<List<Button>> rows = new ArrayList<>();
    private boolean oneTime;
    private boolean persistent;
    private Optional<String> placeholder = Optional.empty();

    KeyboardBuilder(KeyboardType type) {
        this.type = type;
    }

    KeyboardBuilder(Keyboard keyboard) {
        this(keyboard.type());
        rows.addAll(keyboard.rows());
        oneTime = keyboard.oneTime();
        persistent = keyboard.persistent();
        placeholder = keyboard.placeholder();
    }

    /** Adds one row with these buttons, left to right. */
    public KeyboardBuilder row(Button... buttons) {
        return row(Arrays.asList(checkNotNull(buttons, "buttons")));
    }

    /** Adds one row with these buttons, left to right. */
    public KeyboardBuilder row(List<? extends Button> buttons) {
        checkNotNull(buttons, "buttons");
        rows.add(List.copyOf(buttons));
        return this;
    }

    /**
     * Lays a flat list of buttons into rows by a width pattern that repeats: with widths
     * {@code 2, 1}, buttons go 2, 1, 2, 1, ... per row. The last row takes what is left.
     */
    public KeyboardBuilder arrange(List<? extends Button> buttons, int... widths) {
        rows.addAll(Rows.arrange(buttons, widths));
        return this;
    }

    /** Hides a standard keyboard after one press. */
    public KeyboardBuilder oneTime() {
        return oneTime(true);
    }

    /** Sets whether a standard keyboard hides after one press. */
    public KeyboardBuilder oneTime(boolean value) {
        this.oneTime = value;
        return this;
    }

    /** Keeps a standard keyboard shown when the user hides it (Telegram {@code is_persistent}). */
    public KeyboardBuilder persistent() {
        return persistent(true);
    }

    /** Sets whether a standard keyboard is persistent. */
    public KeyboardBuilder persistent(boolean value) {
        this.persistent = value;
        return this;
    }

    /** Text shown in the input field while a standard keyboard is open (Telegram, 1–64 characters). */
    public KeyboardBuilder placeholder(String text) {
        this.placeholder = Optional.of(checkNotNull(text, "text"));
        return this;
    }

    /** The keyboard as built so far. */
    public Keyboard build() {
        checkArgument(type != KeyboardType.REMOVE, "use Keyboard.remove()");
        return new Keyboard(type, rows, oneTime, persistent, placeholder);
    }
}
