package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A button whose press posts its label as a message. VK also sends the optional payload
 * back; Telegram sends only the label, so two text buttons with one label but different
 * payloads are ambiguous there.
 *
 * @param label text on the button, and the message a press sends
 * @param payload what the press carries back, if anything
 * @param style requested colour
 */
public record TextButton(String label, Optional<String> payload, Style style) implements Button {
    public TextButton {
        checkNotNull(label, "label");
        checkNotNull(payload, "payload");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.TEXT;
    }

    @Override
    public TextButton withStyle(Style style) {
        return new TextButton(label, payload, style);
    }

    @Override
    public Optional<String> carriedPayload() {
        return payload;
    }
}
