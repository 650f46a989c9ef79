package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.PressClaims;
import dev.switchboard.core.testing.RecordingListener;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What the runtime keeps of presses adopted from a dead replica: only until claimed, at most the answer window. */
class AdoptedPressMemoryTest {
    private static final Duration ANSWER_WINDOW = Duration.ofMinutes(10);

    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final PressClaims claims = PressClaims.inMemory();
    private final PressAnswers answers = new PressAnswers(clock, clock.ticker(),
            ListenerGroup.of(new RecordingListener()), claims, "b");

    @Test
    void anAdoptedPressNeverClaimedIsForgottenOnceTheAnswerWindowEnds() {
        answers.adopted(press("q1"), "dead");
        answers.adopted(press("q2"), "dead");

        clock.advance(ANSWER_WINDOW.minusSeconds(1));
        assertThat(answers.adoptedRemembered()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThat(answers.adoptedRemembered()).isZero();
    }

    @Test
    void anAdoptedPressIsForgottenAsSoonAsItIsClaimed() {
        ButtonPress press = press("q1");
        answers.adopted(press, "dead");

        answers.answer(answers.open(press, telegram.messenger, telegram.answerRules(), Duration.ofSeconds(8)),
                PressAnswer.toast("Saved"));

        assertThat(answers.adoptedRemembered()).isZero();
    }

    @Test
    void aPressTheDeadReplicaClaimedIsStillAnsweredHereWithinTheWindow() {
        ButtonPress press = press("q1");
        assertThat(claims.claim(PlatformId.TELEGRAM, "q1", "dead")).isTrue();
        answers.adopted(press, "dead");
        clock.advance(Duration.ofSeconds(30));

        answers.answer(answers.open(press, telegram.messenger, telegram.answerRules(), Duration.ofSeconds(8)),
                PressAnswer.toast("Saved"));

        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("Saved"));
    }

    private static ButtonPress press(String id) {
        return new ButtonPress(PlatformId.TELEGRAM, Optional.of("1"), id, 7, OptionalLong.of(70), OptionalLong.of(700),
                Optional.empty(), Optional.of("x"), true, PressSource.CALLBACK, RawJson.of("{}"));
    }
}
