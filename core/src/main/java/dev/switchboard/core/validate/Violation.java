package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.OptionalLong;

/**
 * One broken rule, with where, which rule, how bad, and for numeric rules the limit and the actual
 * value. The path is 0-based, e.g. {@code rows[2][1].payload}, {@code rows[3]}, {@code rows},
 * {@code placeholder}, or {@code $} for the whole keyboard.
 *
 * @param platform the platform whose rule is broken
 * @param path where in the keyboard or answer
 * @param code the stable rule code
 * @param severity ERROR or WARNING, always {@code code.severity()}
 * @param limit the rule's number, when the rule is numeric
 * @param actual the measured value, when the rule is numeric
 * @param message a sentence for people; not for parsing
 */
public record Violation(PlatformId platform, String path, ViolationCode code, Severity severity,
                        OptionalLong limit, OptionalLong actual, String message) {
    public Violation {
        checkNotNull(platform, "platform");
        checkNotNull(path, "path");
        checkNotNull(code, "code");
        checkNotNull(severity, "severity");
        checkNotNull(limit, "limit");
        checkNotNull(actual, "actual");
        checkNotNull(message, "message");
        checkArgument(severity == code.severity(), "severity of %s is %s", code, code.severity());
    }

    /** A violation of a non-numeric rule. */
    public static Violation of(PlatformId platform, String path, ViolationCode code, String message) {
        return new Violation(platform, path, code, code.severity(), OptionalLong.empty(), OptionalLong.empty(), message);
    }

    /** A violation of a numeric rule. */
    public static Violation of(PlatformId platform, String path, ViolationCode code, long limit, long actual,
                               String message) {
        return new Violation(platform, path, code, code.severity(), OptionalLong.of(limit), OptionalLong.of(actual),
                message);
    }

    /** True for an ERROR. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code platform path CODE message}, the CLI's text line. */
    @Override
    public String toString() {
        return platform + " " + path + " " + code + " " + message;
    }
}
