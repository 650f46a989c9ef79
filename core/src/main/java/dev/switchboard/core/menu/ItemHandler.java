package dev.switchboard.core.menu;

/**
 * Decides what a press on a menu item does: show an item screen ({@link MenuPress#show}), open
 * another menu, answer, … It runs only for a press on the menu as it is now, never for a stale one.
 *
 * @param <T> the items' value type
 */
@FunctionalInterface
public interface ItemHandler<T extends Record> {
    /** Handles a press on the item carrying {@code value}. */
    void handle(T value, MenuPress press) throws Exception;
}
