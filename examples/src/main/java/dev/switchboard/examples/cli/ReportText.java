package dev.switchboard.examples.cli;

import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of reports: one {@code platform path CODE message} line per violation, then
 * one summary line such as {@code telegram: valid, 0 errors, 1 warning; vk: invalid, 2 errors, 0 warnings}.
 */
final class ReportText {
    private ReportText() {
    }

    /** Every violation line of every platform, then the summary line. */
    static void write(Map<String, ValidationReport> reports, PrintWriter to) {
        reports.values().forEach(report -> writeLines(report, to));
        to.println(summary(reports));
    }

    /** One line per violation. */
    static void writeLines(ValidationReport report, PrintWriter to) {
        for (Violation violation : report.violations()) {
            to.println(violation);
        }
    }

    static String summary(Map<String, ValidationReport> reports) {
        return reports.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + (entry.getValue().isValid() ? "valid" : "invalid") + ", "
                        + count(entry.getValue().errors().size(), "error") + ", "
                        + count(entry.getValue().warnings().size(), "warning"))
                .collect(Collectors.joining("; "));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
