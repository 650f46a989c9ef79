package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A button that shares the user's location (Telegram {@code request_location} on standard keyboards; VK {@code location}, drawn without a label and alone in its row).
 *
 * @param label text on the button
 * @param style requested colour
 */
public record LocationButton(String label, Style style) implements Button {
    public LocationButton {
        checkNotNull(label, "label");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.LOCATION;
    }

    @Override
    public LocationButton withStyle(Style style) {
        return new LocationButton(label, style);
    }
}
