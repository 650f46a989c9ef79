package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every {@link Violation} found in one check, in a stable order: per platform in the order
 * the rules were given, then keyboard-level first and buttons row by row. Immutable.
 *
 * @param violations all violations, errors and warnings
 */
public record ValidationReport(List<Violation> violations) {
    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    public ValidationReport {
        violations = List.copyOf(checkNotNull(violations, "violations"));
    }

    /** A report with no violations. */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /** All violations of the given reports, in order. */
    public static ValidationReport merge(Collection<ValidationReport> reports) {
        List<Violation> all = new ArrayList<>();
        reports.forEach(report -> all.addAll(report.violations()));
        return new ValidationReport(all);
    }

    /** True when there is no ERROR; warnings are allowed. */
    public boolean isValid() {
        // A loop, not a stream: writers ask this of every keyboard before they send it.
        for (Violation violation : violations) {
            if (violation.isError()) {
                return false;
            }
        }
        return true;
    }

    /** The ERROR violations. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** The WARNING violations. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** The part of this report about one platform. */
    public ValidationReport forPlatform(PlatformId platform) {
        checkNotNull(platform, "platform");
        return new ValidationReport(violations.stream().filter(v -> v.platform().equals(platform)).toList());
    }

    /**
     * Throws {@link KeyboardRejectedException} carrying this report if it has an ERROR. For a press
     * answer use {@link dev.switchboard.core.answer.AnswerRequest#of}, which throws
     * {@link AnswerRejectedException}.
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new KeyboardRejectedException(this);
        }
        return this;
    }
}
