package dev.switchboard.core.validate;

/** The keyboard options whose support differs by platform and keyboard type. */
public enum KeyboardOption {
    /** The keyboard hides after one press ({@code oneTime}). */
    ONE_TIME("oneTime"),
    /** Telegram shows the keyboard even when the user has hidden it ({@code persistent}). */
    PERSISTENT("persistent"),
    /** The text shown in the empty input field ({@code placeholder}). */
    PLACEHOLDER("placeholder");

    private final String path;

    KeyboardOption(String path) {
        this.path = path;
    }

    /** The option's path in reports and its name in layout JSON. */
    public String path() {
        return path;
    }
}
