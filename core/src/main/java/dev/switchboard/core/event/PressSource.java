package dev.switchboard.core.event;

/** How a {@link ButtonPress} reached the bot. */
public enum PressSource {
    /** A callback button: Telegram {@code callback_query}, VK {@code message_event}. */
    CALLBACK,
    /** A text button, recognised by its label or payload in an incoming message. */
    TEXT
}
