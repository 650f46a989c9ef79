package dev.switchboard.core.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.keyboard.Keyboard;

/**
 * One page of a paginated list: its items' rows followed by the fixed rows for this page.
 *
 * @param index 0-based page number
 * @param pageCount how many pages there are
 * @param firstItem index in the item list of this page's first item
 * @param itemCount how many items this page shows
 * @param keyboard the page's keyboard, valid on the platform it was fitted for
 */
public record Page(int index, int pageCount, int firstItem, int itemCount, Keyboard keyboard) {
    public Page {
        checkNotNull(keyboard, "keyboard");
        checkArgument(index >= 0 && index < pageCount, "index %s outside 0..%s", index, pageCount);
        checkArgument(firstItem >= 0 && itemCount >= 0, "firstItem %s and itemCount %s", firstItem, itemCount);
    }

    /** True for the first page. */
    public boolean isFirst() {
        return index == 0;
    }

    /** True for the last page. */
    public boolean isLast() {
        return index == pageCount - 1;
    }
}
