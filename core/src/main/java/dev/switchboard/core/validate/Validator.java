package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one validation engine: applies any platform's {@link KeyboardRules} to a keyboard and
 * reports every violation, never just the first.
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules(), VkPlatform.rules());
 * report.errors().forEach(v -> log.warn("{} {} {}: {}", v.platform(), v.path(), v.code(), v.message()));
 * }</pre>
 *
 * <p>Order: platforms in the order given; within a platform, keyboard-level violations
 * ({@code $}, {@code rows}, options) first, then each row and its buttons, row-major.
 * Thread-safe and stateless.
 */
public final class Validator {
    private Validator() {
    }

    /** Checks {@code keyboard} against each platform's rules. */
    public static ValidationReport validate(Keyboard keyboard, KeyboardRules... rules) {
        return validate(keyboard, Arrays.asList(checkNotNull(rules, "rules")));
    }

    /** Checks {@code keyboard} against each platform's rules. */
    public static ValidationReport validate(Keyboard keyboard, List<KeyboardRules> rules) {
        checkNotNull(keyboard, "keyboard");
        checkNotNull(rules, "rules");
        if (rules.size() == 1) {
            return new KeyboardCheckRun(keyboard, rules.get(0)).run();
        }
        List<ValidationReport> reports = new ArrayList<>(rules.size());
        for (KeyboardRules platformRules : rules) {
            reports.add(new KeyboardCheckRun(keyboard, platformRules).run());
        }
        return ValidationReport.merge(reports);
    }

    /**
     * Checks an answer to a press against each platform's answer rules: unsupported kinds
     * ({@code UNSUPPORTED_ANSWER}), degraded kinds ({@code ANSWER_DEGRADED}), text length
     * ({@code ANSWER_TEXT_TOO_LONG}) and the platform's own hooks.
     */
    public static ValidationReport validate(PressAnswer answer, AnswerRules... rules) {
        checkNotNull(answer, "answer");
        checkNotNull(rules, "rules");
        List<ValidationReport> reports = new ArrayList<>(rules.length);
        for (AnswerRules platformRules : rules) {
            reports.add(AnswerCheckRun.run(answer, platformRules));
        }
        return reports.size() == 1 ? reports.get(0) : ValidationReport.merge(reports);
    }
}
