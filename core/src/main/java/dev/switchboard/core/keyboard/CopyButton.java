package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A button that copies {@code text} (1–256 characters) to the clipboard: Telegram {@code copy_text} on inline keyboards; VK has none.
 *
 * @param label text on the button
 * @param text the text to copy
 * @param style requested colour
 */
public record CopyButton(String label, String text, Style style) implements Button {
    public CopyButton {
        checkNotNull(label, "label");
        checkNotNull(text, "text");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.COPY;
    }

    @Override
    public CopyButton withStyle(Style style) {
        return new CopyButton(label, text, style);
    }
}
