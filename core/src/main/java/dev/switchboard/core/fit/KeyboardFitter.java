package dev.switchboard.core.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.Arrays;
import java.util.List;

/**
 * Fits keyboards into one platform's limits, read from its {@link KeyboardRules}: reflows rows that
 * are too wide ({@link #reflow(Keyboard)}), splits a list of buttons into pages that fit with fixed
 * rows such as navigation ({@link #paginate(KeyboardType, List, PageRows)}), or throws
 * {@link KeyboardFitException} naming each reason no layout fits. Every keyboard it returns passes
 * {@code Validator.validate(keyboard, rules)} with no ERROR. Immutable and thread-safe; the
 * {@code with…} methods return a changed copy.
 *
 * <pre>{@code
 * KeyboardFitter vk = KeyboardFitter.of(VkPlatform.rules()).widths(2);
 * Pages pages = vk.paginate(KeyboardType.INLINE, items,
 *     (page, count) -> List.of(List.of(Button.callback("‹", "p:" + (page - 1)), Button.callback("›", "p:" + (page + 1)))));
 * }</pre>
 *
 * <p>Rows are laid out in button order. A button of a kind the platform wants alone in its row (VK
 * location, open_app and vkpay: {@link KeyboardRules#fullWidthKinds()}) gets a row of its own; other
 * buttons follow the preferred widths, each capped at the platform's widest row.
 */
public final class KeyboardFitter {
    private final KeyboardRules rules;
    /** Preferred row widths, repeated; none means rows as wide as the platform allows. */
    private final int[] widths;
    private final int pageSize;

    private KeyboardFitter(KeyboardRules rules, int[] widths, int pageSize) {
        this.rules = rules;
        this.widths = widths;
        this.pageSize = pageSize;
    }

    /** A fitter for the platform of {@code rules}, filling rows as wide as it allows, pages as full as they fit. */
    public static KeyboardFitter of(KeyboardRules rules) {
        return new KeyboardFitter(checkNotNull(rules, "rules"), new int[0], Integer.MAX_VALUE);
    }

    /**
     * Preferred row widths, repeated: {@code widths(2, 3)} lays rows of 2, 3, 2, 3, … buttons; a width
     * above the platform's widest row is shrunk to it.
     *
     * @throws IllegalArgumentException if no width is given or one is not positive
     */
    public KeyboardFitter widths(int... widths) {
        checkNotNull(widths, "widths");
        checkArgument(widths.length > 0, "widths must name at least one row width");
        for (int width : widths) {
            checkArgument(width > 0, "widths must be positive: %s", width);
        }
        return new KeyboardFitter(rules, widths.clone(), pageSize);
    }

    /** Rows as wide as the platform allows (the default). */
    public KeyboardFitter maxPerRow() {
        return new KeyboardFitter(rules, new int[0], pageSize);
    }

    /**
     * At most {@code max} items per page; fewer where the platform's limits require.
     *
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public KeyboardFitter pageSize(int max) {
        checkArgument(max > 0, "pageSize must be positive: %s", max);
        return new KeyboardFitter(rules, widths, max);
    }

    /** The rules this fitter fits to. */
    public KeyboardRules rules() {
        return rules;
    }

    /** The preferred row widths, repeated; empty for rows as wide as the platform allows. */
    public List<Integer> preferredWidths() {
        return Arrays.stream(widths).boxed().toList();
    }

    /**
     * {@code keyboard} with its rows made to fit: empty rows dropped, a row that is too wide or puts a
     * lone-kind button beside others split by the preferred widths, rows that fit kept as they are.
     * When that still makes too many rows, buttons are packed as densely as the platform allows, in
     * order. Type and options are kept; a REMOVE keyboard is returned as it is.
     *
     * @throws KeyboardFitException with every reason, when no layout fits: too many buttons for one
     *         keyboard, more rows than allowed even packed densely, or a button or option that is
     *         invalid whatever the layout (paths point into {@code keyboard})
     */
    public Keyboard reflow(Keyboard keyboard) {
        checkNotNull(keyboard, "keyboard");
        return Reflower.reflow(keyboard, rules, widths);
    }

    /** {@link #paginate(KeyboardType, List, PageRows)} without fixed rows. */
    public Pages paginate(KeyboardType type, List<? extends Button> items) {
        return paginate(type, items, PageRows.none());
    }

    /**
     * Splits {@code items} into pages of {@code type} keyboards, each page's items laid by the preferred
     * widths and followed by {@code fixed.rows(page, pageCount)}. Items per page is the largest number,
     * up to {@link #pageSize(int)}, for which every page fits; the page count is the smallest for it.
     * No items give one page of fixed rows.
     *
     * @throws KeyboardFitException when even one item per page does not fit (paths {@code items[i]…}
     *         and {@code fixed[r][c]…}), or an item is invalid whatever the layout
     * @throws IllegalArgumentException for a REMOVE type
     */
    public Pages paginate(KeyboardType type, List<? extends Button> items, PageRows fixed) {
        checkNotNull(type, "type");
        checkNotNull(items, "items");
        checkNotNull(fixed, "fixed");
        items.forEach(item -> checkNotNull(item, "item"));
        return new Paginator(rules, type, items, fixed, widths).paginate(pageSize);
    }
}
