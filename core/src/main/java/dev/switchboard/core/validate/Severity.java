package dev.switchboard.core.validate;

/**
 * How bad a {@link Violation} is. ERROR: the platform rejects the request or silently
 * drops part of it. WARNING: the platform accepts it, but ignores a field or degrades the
 * result. A report with warnings only is still valid.
 */
public enum Severity {
    /** Refused or partly dropped by the platform: the SDK does not send it. */
    ERROR,
    /** Accepted but degraded or partly ignored: the SDK sends it and reports it. */
    WARNING
}
