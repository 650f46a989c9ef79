package dev.switchboard.examples.cli;

import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of reports: one {@code platform path CODE message} line per violation, then
 * one summary line such as {@code telegram: valid, 0 errors, 1 warning; vk: invalid, 2 errors, 0 warnings}.
 * A violation identical to earlier ones (same platform, code and message; only the path differs)
 * is printed {@value #MAX_IDENTICAL} times; the rest of them become one line per kind after the
 * platform's lines, {@code vk … LABEL_EMPTY 95 more like "label is empty"}. The summary still
 * counts every violation, and JSON output always lists them all.
 */
final class ReportText {
    /** How many identical violations are printed before the rest are summarised. */
    static final int MAX_IDENTICAL = 5;

    private ReportText() {
    }

    /** Every violation line of every platform, then the summary line. */
    static void write(Map<String, ValidationReport> reports, PrintWriter to) {
        reports.values().forEach(report -> writeLines(report, to));
        to.println(summary(reports));
    }

    /** One line per violation. */
    static void writeLines(ValidationReport report, PrintWriter to) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Violation> firsts = new LinkedHashMap<>();
        for (Violation violation : report.violations()) {
            String key = violation.platform() + " " + violation.code() + " " + violation.message();
            int count = seen.merge(key, 1, Integer::sum);
            if (count <= MAX_IDENTICAL) {
                to.println(violation);
            } else {
                firsts.putIfAbsent(key, violation);
            }
        }
        firsts.forEach((key, violation) -> to.println(violation.platform() + " … " + violation.code() + " "
                + (seen.get(key) - MAX_IDENTICAL) + " more like \"" + violation.message() + "\""));
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
