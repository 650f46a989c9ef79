package dev.switchboard.core.menu;

import java.util.List;

/**
 * Where a menu's items come from, for a given user; asked at every render and every press, so it
 * sees changes at once. Must not return null.
 *
 * @param <T> the items' value type
 */
@FunctionalInterface
public interface ItemSource<T extends Record> {
    /** The items {@code scope}'s user sees now. */
    List<MenuItem<T>> items(MenuScope scope);
}
