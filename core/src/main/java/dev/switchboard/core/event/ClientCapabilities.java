package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;

/**
 * What the user's app can show, as VK reports it in {@code client_info} of {@code message_new}
 * (booleans may arrive as {@code 0/1}). Telegram does not report capabilities.
 *
 * @param buttonActions VK action types the client supports ({@code text}, {@code callback}, {@code open_link}, …)
 * @param keyboard the client shows bot keyboards
 * @param inlineKeyboard the client shows inline keyboards
 * @param carousel the client shows carousels
 * @param langId VK language id (0 ru, 1 uk, 3 en, …), or -1 when absent
 */
public record ClientCapabilities(Set<String> buttonActions, boolean keyboard, boolean inlineKeyboard,
                                 boolean carousel, int langId) {
    public ClientCapabilities {
        buttonActions = Set.copyOf(checkNotNull(buttonActions, "buttonActions"));
    }

    /** True when the client can show callback buttons. */
    public boolean supportsCallbackButtons() {
        return buttonActions.contains("callback");
    }
}
