package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * The size limits of one keyboard type on one platform.
 *
 * @param maxButtonsPerRow widest row allowed ({@code ROW_TOO_WIDE} above it)
 * @param maxRows most rows allowed, if the platform limits rows ({@code TOO_MANY_ROWS})
 * @param maxButtons most buttons in all rows ({@code TOO_MANY_BUTTONS})
 */
public record Shape(int maxButtonsPerRow, OptionalInt maxRows, int maxButtons) {
    public Shape {
        checkNotNull(maxRows, "maxRows");
        checkArgument(maxButtonsPerRow > 0, "maxButtonsPerRow must be positive: %s", maxButtonsPerRow);
        checkArgument(maxButtons > 0, "maxButtons must be positive: %s", maxButtons);
        checkArgument(maxRows.orElse(1) > 0, "maxRows must be positive: %s", maxRows);
    }

    /** Rows are limited only by the button count. */
    public static Shape of(int maxButtonsPerRow, int maxButtons) {
        return new Shape(maxButtonsPerRow, OptionalInt.empty(), maxButtons);
    }

    /** Rows are limited too. */
    public static Shape of(int maxButtonsPerRow, int maxRows, int maxButtons) {
        return new Shape(maxButtonsPerRow, OptionalInt.of(maxRows), maxButtons);
    }
}
