package dev.switchboard.core.keyboard;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;

/**
 * Stands in for a button of a platform's own keyboard JSON that the neutral model cannot carry:
 * Telegram {@code login_url}, {@code switch_inline_query*}, {@code callback_game}, {@code pay},
 * {@code request_users}, {@code request_chat}, {@code request_poll}; VK intents and action types
 * Switchboard does not know. The keyboard readers ({@code TelegramPlatform.keyboards().read},
 * {@code VkPlatform.keyboards().read}) keep it in its row so paths and counts stay true and the
 * rest of the keyboard is still checked. Every platform's validator reports it as
 * {@code NOT_REPRESENTABLE} (an ERROR), so no writer ever sends it, and {@code LayoutJson.write}
 * refuses it.
 *
 * @param platform whose keyboard JSON the button came from
 * @param type the platform's name for the button's kind, e.g. {@code login_url} or {@code intent_subscribe}
 * @param label text on the button, empty if it had none
 * @param style the colour it had, where the platform's colours map to a {@link Style}
 */
public record UnrepresentableButton(PlatformId platform, String type, String label, Style style) implements Button {
    public UnrepresentableButton {
        checkNotNull(platform, "platform");
        checkNotNull(type, "type");
        checkNotNull(label, "label");
        checkNotNull(style, "style");
    }

    @Override
    public ButtonKind kind() {
        return ButtonKind.UNREPRESENTABLE;
    }

    @Override
    public UnrepresentableButton withStyle(Style style) {
        return new UnrepresentableButton(platform, type, label, style);
    }
}
