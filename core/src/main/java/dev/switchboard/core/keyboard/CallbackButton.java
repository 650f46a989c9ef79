package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A button whose press returns {@code payload} to the bot without posting a message. Telegram limits {@code callback_data} to 1–64 UTF-8 bytes; VK limits the encoded payload to 255 characters.
 *
 * @param label text on the button
 * @param payload the string a press returns
 * @param style requested colour
 */
public record CallbackButton(String label, String payload, Style style) implements Button {
    public CallbackButton {
        checkNotNull(label, "label");
        checkNotNull(payload, "payload");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.CALLBACK;
    }

    @Override
    public CallbackButton withStyle(Style style) {
        return new CallbackButton(label, payload, style);
    }

    @Override
    public Optional<String> carriedPayload() {
        return Optional.of(payload);
    }
}
