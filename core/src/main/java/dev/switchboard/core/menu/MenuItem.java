package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One entry of a menu's list: the label its button shows and the value a press on it hands to the
 * menu's item handler.
 *
 * @param label the button's label, not blank
 * @param value the item's value, packed with the menu's {@code CallbackData} codec
 * @param <T> the value type
 */
public record MenuItem<T extends Record>(String label, T value) {
    public MenuItem {
        checkNotNull(label, "label");
        checkNotNull(value, "value");
        checkArgument(!label.isBlank(), "label must not be blank");
    }

    /** An item labelled {@code label} carrying {@code value}. */
    public static <T extends Record> MenuItem<T> of(String label, T value) {
        return new MenuItem<>(label, value);
    }
}
