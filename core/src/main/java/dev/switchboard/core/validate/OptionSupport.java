package dev.switchboard.core.validate;

/** What a platform does with a keyboard option that is set. */
public enum OptionSupport {
    /** Honoured. */
    SUPPORTED,
    /** Accepted but ignored: {@code OPTION_IGNORED} (warning). */
    IGNORED,
    /** Rejected by the platform: {@code OPTION_UNSUPPORTED} (error). */
    UNSUPPORTED
}
