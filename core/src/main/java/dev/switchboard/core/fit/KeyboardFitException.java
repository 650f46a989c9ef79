package dev.switchboard.core.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import java.util.stream.Collectors;

/**
 * Thrown when no layout of a keyboard fits a platform. {@link #report()} lists every reason as a
 * {@link Violation} with the project's codes, a path into what the caller gave ({@code rows[2][1].label}
 * for a keyboard, {@code items[7].payload} for an item, {@code fixed[0][1]} for a fixed row), and for
 * numeric rules the limit and the least the keyboard needs ({@code TOO_MANY_ROWS}, limit 6, actual 7).
 */
public final class KeyboardFitException extends SwitchboardException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 3;

    private final transient ValidationReport report;

    KeyboardFitException(ValidationReport report) {
        super(describe(checkNotNull(report, "report")));
        this.report = report;
    }

    /** Every reason found, at least one ERROR. */
    public ValidationReport report() {
        return report;
    }

    /** The first reason: its code, path, limit and actual value. */
    public Violation reason() {
        return report.errors().get(0);
    }

    private static String describe(ValidationReport report) {
        checkArgument(!report.isValid(), "a fit failure needs at least one error");
        int errors = report.errors().size();
        String first = report.errors().stream().limit(SHOWN).map(Violation::toString)
                .collect(Collectors.joining("; "));
        String more = errors > SHOWN ? "; and " + (errors - SHOWN) + " more" : "";
        return "cannot fit the keyboard: " + first + more;
    }
}
