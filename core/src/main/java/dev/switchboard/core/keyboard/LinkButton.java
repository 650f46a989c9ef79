package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A button that opens {@code url}. The URL is kept as written; each platform's validator checks its scheme (Telegram: http, https, tg, ton, tonsite; VK: absolute http or https).
 *
 * @param label text on the button
 * @param url the address to open, as written
 * @param style requested colour
 */
public record LinkButton(String label, String url, Style style) implements Button {
    public LinkButton {
        checkNotNull(label, "label");
        checkNotNull(url, "url");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.LINK;
    }

    @Override
    public LinkButton withStyle(Style style) {
        return new LinkButton(label, url, style);
    }
}
