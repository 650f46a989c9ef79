package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/** Lays flat button lists into rows; see {@link KeyboardBuilder#arrange(List, int...)}. */
public final class Rows {
    private Rows() {
    }

    /**
     * Splits {@code buttons} into rows whose widths follow {@code widths}, repeated:
     * {@code arrange(seven, 3)} gives rows of 3, 3, 1; {@code arrange(five, 2, 1)} gives 2, 1, 2.
     *
     * @throws IllegalArgumentException if no width is given or a width is not positive
     */
    public static List<List<Button>> arrange(List<? extends Button> buttons, int... widths) {
        checkNotNull(buttons, "buttons");
        checkNotNull(widths, "widths");
        checkArgument(widths.length > 0, "widths must name at least one row width");
        for (int width : widths) {
            checkArgument(width > 0, "widths must be positive: %s", width);
        }
        List<List<Button>> rows = new ArrayList<>();
        int start = 0;
        for (int i = 0; start < buttons.size(); i++) {
            int end = Math.min(buttons.size(), start + widths[i % widths.length]);
            rows.add(List.copyOf(buttons.subList(start, end)));
            start = end;
        }
        return List.copyOf(rows);
    }
}
