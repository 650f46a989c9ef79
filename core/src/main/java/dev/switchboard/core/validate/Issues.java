package dev.switchboard.core.validate;

/**
 * Where a platform hook reports what it found. {@code field} is relative to the thing being
 * checked: {@code "url"} on a button becomes {@code rows[0][1].url}; {@code ""} is the thing
 * itself ({@code rows[0][1]}, or {@code $} for a keyboard).
 */
public interface Issues {
    /** Reports a broken non-numeric rule. */
    void add(String field, ViolationCode code, String message);

    /** Reports a broken numeric rule with its limit and the actual value. */
    void add(String field, ViolationCode code, long limit, long actual, String message);
}
