package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A button that opens a mini app. Telegram opens {@code url} as a {@code web_app} (HTTPS
 * only); VK opens the app {@code appId} ({@code open_app}), in the context of community
 * {@code ownerId}, passing {@code hash} after {@code #}. One record serves both so a single
 * layout can target both platforms; each validator reports the fields its platform lacks.
 *
 * @param label text on the button
 * @param url Telegram web app URL
 * @param appId VK mini app id
 * @param ownerId VK community the app is installed in
 * @param hash VK navigation fragment
 * @param style requested colour
 */
public record AppButton(String label, Optional<String> url, OptionalLong appId, OptionalLong ownerId,
                        Optional<String> hash, Style style) implements Button {
    public AppButton {
        checkNotNull(label, "label");
        checkNotNull(url, "url");
        checkNotNull(appId, "appId");
        checkNotNull(ownerId, "ownerId");
        checkNotNull(hash, "hash");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.APP;
    }

    @Override
    public AppButton withStyle(Style style) {
        return new AppButton(label, url, appId, ownerId, hash, style);
    }
}
