package dev.switchboard.core.fit;

import dev.switchboard.core.keyboard.Button;
import java.util.List;

/**
 * The fixed rows the caller adds below a page's items, such as navigation ("‹ 2/5 ›") or actions;
 * they may depend on the page. Called several times while the fitter looks for the page size, so it
 * must be a pure function of its arguments. Rows wider than the platform allows are reflowed.
 */
@FunctionalInterface
public interface PageRows {
    /** The rows below the items of page {@code pageIndex} (0-based) of {@code pageCount} pages. */
    List<List<Button>> rows(int pageIndex, int pageCount);

    /** No fixed rows: pages hold items only. */
    static PageRows none() {
        return (pageIndex, pageCount) -> List.of();
    }
}
