package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.testkit.FakeUser;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A scripted demo's checks of what the bot did: a failed one is a DemoFailedException naming platform and step. */
final class DemoChecks {
    private final Supplier<PlatformId> current;

    /** Checks that name {@code current}'s platform, the one the demo is on when a check fails. */
    DemoChecks(Supplier<PlatformId> current) {
        this.current = current;
    }

    /** The bot's last message in {@code chat} is {@code expected}. */
    void expectText(Conversation chat, String expected, String step) {
        Optional<String> text = chat.lastText();
        check(text.equals(Optional.of(expected)), step, () -> "expected the bot's message \"" + expected + "\", got "
                + text.map(t -> "\"" + t + "\"").orElse("none"));
    }

    /** {@code user}'s last press was answered with {@code expected}; any answer of kind NONE matches another. */
    void expectAnswer(FakeUser user, PressAnswer expected, String step) {
        List<PressAnswer> answers = user.answers();
        Optional<PressAnswer> last = answers.isEmpty() ? Optional.empty()
                : Optional.of(answers.get(answers.size() - 1));
        check(last.equals(Optional.of(expected)) || last.filter(a -> a.kind() == AnswerKind.NONE
                        && expected.kind() == AnswerKind.NONE).isPresent(), step,
                () -> "expected the answer " + Transcript.describe(expected) + ", got "
                        + last.map(Transcript::describe).orElse("none"));
    }

    /** Fails the demo at {@code step} with {@code otherwise} unless {@code ok}. */
    void check(boolean ok, String step, Supplier<String> otherwise) {
        if (!ok) {
            throw new DemoFailedException(current.get().displayName() + ", " + step + ": " + otherwise.get());
        }
    }
}
