package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.SwitchboardException;
import java.util.stream.Collectors;

/**
 * Thrown instead of sending or writing something a platform's limits reject: a keyboard
 * ({@link KeyboardRejectedException}) or a press answer ({@link AnswerRejectedException}). Nothing
 * was sent. {@link #report()} lists every violation; the message names the count and the first few.
 * Catch this type for either.
 */
public abstract class RejectedByLimitsException extends SwitchboardException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 3;

    private final transient ValidationReport report;

    RejectedByLimitsException(ValidationReport report) {
        super(describe(checkNotNull(report, "report")));
        this.report = report;
    }

    /** Every violation found, errors and warnings. */
    public ValidationReport report() {
        return report;
    }

    private static String describe(ValidationReport report) {
        int errors = report.errors().size();
        String first = report.errors().stream().limit(SHOWN).map(Violation::toString)
                .collect(Collectors.joining("; "));
        String more = errors > SHOWN ? "; and " + (errors - SHOWN) + " more" : "";
        return "rejected with " + errors + (errors == 1 ? " error: " : " errors: ") + first + more;
    }
}
