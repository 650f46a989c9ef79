package dev.switchboard.core.keyboard;

import java.util.Locale;

/**
 * The kinds of {@link Button}, one per record. Platform rules list which kinds each keyboard
 * type supports; a kind a platform lacks is reported as {@code UNSUPPORTED_BUTTON}, never
 * dropped silently.
 */
public enum ButtonKind {
    /** Press comes back to the bot without a message: Telegram {@code callback_data}, VK {@code callback}. */
    CALLBACK,
    /** Press sends the label as a message: Telegram reply button, VK {@code text}. */
    TEXT,
    /** Opens a URL: Telegram {@code url}, VK {@code open_link}. */
    LINK,
    /** Sends the user's location: Telegram {@code request_location}, VK {@code location}. */
    LOCATION,
    /** Sends the user's phone number: Telegram {@code request_contact}; VK has none. */
    CONTACT,
    /** Opens a mini app: Telegram {@code web_app}, VK {@code open_app}. */
    APP,
    /** Starts a payment: VK {@code vkpay}; Telegram only inside invoices. */
    PAY,
    /** Copies a text to the clipboard: Telegram {@code copy_text}; VK has none. */
    COPY,
    /**
     * A platform's own button the neutral model cannot carry ({@link UnrepresentableButton}), kept in
     * its place so the rest of the keyboard is still checked; every platform reports it as
     * {@code NOT_REPRESENTABLE}. Not a layout JSON kind.
     */
    UNREPRESENTABLE;

    /** The name used in layout JSON: {@code callback}, {@code text}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
