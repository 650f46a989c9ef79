package dev.switchboard.core.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.List;

/**
 * A list of items split into pages that each fit one platform, every page but the last holding
 * {@link #itemsPerPage()} items. The page count is the smallest for that page size; a list with no
 * items has one page of fixed rows.
 *
 * @param platform the platform the pages were fitted for
 * @param itemsPerPage items on every page but the last (0 when there are no items)
 * @param itemCount how many items there are in all
 * @param pages the pages, first to last
 */
public record Pages(PlatformId platform, int itemsPerPage, int itemCount, List<Page> pages) {
    public Pages {
        checkNotNull(platform, "platform");
        pages = List.copyOf(checkNotNull(pages, "pages"));
        checkArgument(!pages.isEmpty(), "pages must not be empty");
        checkArgument(itemsPerPage >= 0 && itemCount >= 0, "itemsPerPage %s and itemCount %s", itemsPerPage,
                itemCount);
    }

    /** How many pages there are. */
    public int pageCount() {
        return pages.size();
    }

    /** Page {@code index} (0-based). */
    public Page page(int index) {
        checkElementIndex(index, pages.size(), "page");
        return pages.get(index);
    }

    /** The index of the page that shows item {@code itemIndex}. */
    public int pageOf(int itemIndex) {
        checkElementIndex(itemIndex, itemCount, "item");
        return itemIndex / itemsPerPage;
    }
}
