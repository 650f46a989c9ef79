package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A standard-keyboard button that shares the user's phone number (Telegram {@code request_contact}; VK has no such button).
 *
 * @param label text on the button
 * @param style requested colour
 */
public record ContactButton(String label, Style style) implements Button {
    public ContactButton {
        checkNotNull(label, "label");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.CONTACT;
    }

    @Override
    public ContactButton withStyle(Style style) {
        return new ContactButton(label, style);
    }
}
