package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A VK Pay button ({@code vkpay}); {@code hash} carries the payment parameters such as {@code action=transfer-to-group&group_id=1&aid=10}. Telegram has no keyboard pay button outside invoices.
 *
 * @param label text on the button
 * @param hash VK Pay parameters; empty when missing
 * @param style requested colour
 */
public record PayButton(String label, String hash, Style style) implements Button {
    public PayButton {
        checkNotNull(label, "label");
        checkNotNull(hash, "hash");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.PAY;
    }

    @Override
    public PayButton withStyle(Style style) {
        return new PayButton(label, hash, style);
    }
}
