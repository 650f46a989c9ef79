package dev.switchboard.core;

/**
 * Root of every exception Switchboard throws on purpose. Unchecked: each concern
 * (a rejected keyboard, an unreadable layout, a platform error) has its own subclass
 * with structured accessors, so callers catch what they can act on.
 */
public abstract class SwitchboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    protected SwitchboardException(String message) {
        super(message);
    }

    /** An exception with {@code message}, caused by {@code cause}. */
    protected SwitchboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
