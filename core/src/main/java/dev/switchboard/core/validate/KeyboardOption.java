package dev.switchboard.core.validate;

/** The keyboard options whose support differs by platform and keyboard type. */
public enum KeyboardOption {
    ONE_TIME("oneTime"),
    PERSISTENT("persistent"),
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
