package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;

/**
 * What the runtime keeps of a press once it is answered. It holds enough to recognise a late answer
 * and say what the press was answered with, and nothing more (no payload, no raw JSON), so that
 * remembering 100 000 of them costs about 20 MB rather than the presses' whole updates.
 * Immutable.
 *
 * @param platform where the press was made
 * @param pressId the press's id on that platform
 * @param answer the kind of answer it got
 */
record AnsweredPress(PlatformId platform, String pressId, AnswerKind answer) {
    AnsweredPress {
        checkNotNull(platform, "platform");
        checkNotNull(pressId, "pressId");
        checkNotNull(answer, "answer");
    }

    /** {@code press} answered with {@code answer}. */
    static AnsweredPress of(ButtonPress press, PressAnswer answer) {
        return new AnsweredPress(press.platform(), press.pressId(), answer.kind());
    }

    /** {@code press <id> on <platform>}, for log lines. */
    String describe() {
        return "press " + pressId + " on " + platform;
    }
}
