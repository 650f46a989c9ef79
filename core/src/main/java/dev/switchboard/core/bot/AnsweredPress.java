package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;

/**
 * What the runtime knows of a press once it is answered: enough to recognise a late answer and
 * say what the press was answered with, and nothing more (no payload, no raw JSON). The runtime
 * keeps only the press id's fingerprint and the answer's kind, and builds this value when a late
 * answer asks. Immutable.
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

    /** {@code press <id> on <platform>}, for log lines. */
    String describe() {
        return "press " + pressId + " on " + platform;
    }
}
