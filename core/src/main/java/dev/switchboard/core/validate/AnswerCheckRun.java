package dev.switchboard.core.validate;

import dev.switchboard.core.answer.Alert;
import dev.switchboard.core.answer.AnswerCheck;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.answer.Toast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One pass of {@link Validator} over one answer with one platform's answer rules. */
final class AnswerCheckRun {
    private AnswerCheckRun() {
    }

    static ValidationReport run(PressAnswer answer, AnswerRules rules) {
        List<Violation> found = new ArrayList<>(0);
        String platform = rules.platform().displayName();
        String kind = answer.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!rules.supported().contains(answer.kind())) {
            found.add(Violation.of(rules.platform(), "$", ViolationCode.UNSUPPORTED_ANSWER,
                    platform + " cannot answer a press with " + kind));
            return new ValidationReport(found);
        }
        if (rules.degraded().contains(answer.kind())) {
            found.add(Violation.of(rules.platform(), "$", ViolationCode.ANSWER_DEGRADED,
                    platform + " has no " + kind + "; it is shown in a lesser form"));
        }
        String text = answer instanceof Toast toast ? toast.text() : answer instanceof Alert alert ? alert.text() : null;
        if (text != null && text.length() > rules.maxTextLength()) {
            found.add(Violation.of(rules.platform(), "text", ViolationCode.ANSWER_TEXT_TOO_LONG, rules.maxTextLength(),
                    text.length(), "answer text is " + text.length() + " characters; " + platform + " allows "
                            + rules.maxTextLength()));
        }
        Issues issues = new Issues() {
            @Override
            public void add(String field, ViolationCode code, String message) {
                found.add(Violation.of(rules.platform(), field.isEmpty() ? "$" : field, code, message));
            }

            @Override
            public void add(String field, ViolationCode code, long limit, long actual, String message) {
                found.add(Violation.of(rules.platform(), field.isEmpty() ? "$" : field, code, limit, actual, message));
            }
        };
        for (AnswerCheck check : rules.checks()) {
            check.check(answer, issues);
        }
        return found.isEmpty() ? ValidationReport.empty() : new ValidationReport(found);
    }
}
