package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.validate.AnswerRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import java.util.OptionalLong;

/**
 * An answer to one press, already checked against its platform's {@link AnswerRules}: what an
 * {@link AnswerWriter} writes and a messenger sends without checking again. The only way to get one
 * is {@link #of}, which validates, so holding one means the platform's limits accept the answer.
 *
 * <p>A final class rather than a record: a record's constructor would be public, and then a
 * request could exist that was never checked.
 */
public final class AnswerRequest {
    private final ButtonPress press;
    private final PressAnswer answer;
    private final ValidationReport report;

    private AnswerRequest(ButtonPress press, PressAnswer answer, ValidationReport report) {
        this.press = press;
        this.answer = answer;
        this.report = report;
    }

    /**
     * Checks {@code answer} against {@code rules}, the rules of the press's platform.
     *
     * @throws AnswerRejectedException carrying the report if the answer has an ERROR
     * @throws IllegalArgumentException if {@code rules} are another platform's
     */
    public static AnswerRequest of(ButtonPress press, PressAnswer answer, AnswerRules rules) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        checkNotNull(rules, "rules");
        checkArgument(press.platform().equals(rules.platform()), "press is from %s, the rules are for %s",
                press.platform(), rules.platform());
        ValidationReport report = Validator.validate(answer, rules);
        if (!report.isValid()) {
            throw new AnswerRejectedException(report);
        }
        return new AnswerRequest(press, answer, report);
    }

    /** The press answered. */
    public ButtonPress press() {
        return press;
    }

    /** The platform of the press. */
    public PlatformId platform() {
        return press.platform();
    }

    /** Telegram {@code callback_query_id}, VK {@code event_id}. */
    public String pressId() {
        return press.pressId();
    }

    /** Who pressed (VK {@code user_id}). */
    public long userId() {
        return press.userId();
    }

    /** The chat of the pressed message (VK {@code peer_id}); empty for a Telegram inline-mode press. */
    public OptionalLong chatId() {
        return press.chatId();
    }

    /** The answer, which the platform's rules accept. */
    public PressAnswer answer() {
        return answer;
    }

    /** What the check found: no errors, perhaps warnings (an alert VK shows as a snackbar). */
    public ValidationReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "AnswerRequest[" + answer.kind() + " to press " + press.pressId() + " on " + press.platform() + "]";
    }
}
