package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.testing.RecordingListener;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the runtime keeps of an answered press: a small value, never the press with its raw JSON. */
class AnsweredPressMemoryTest {
    private static final String BIG_RAW = "{\"update_id\":1,\"callback_query\":{\"id\":\"q1\",\"data\":\"x\",\"pad\":\""
            + "p".repeat(5_000) + "\"}}";

    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform telegram = FakePlatform.telegram();
    private final RecordingListener listener = new RecordingListener();
    private final PressAnswers answers = new PressAnswers(clock, clock.ticker(), ListenerGroup.of(listener));

    @Test
    void anAnsweredPressIsRememberedAsItsIdAndAnswerKindOnly() {
        ButtonPress press = bigPress();
        PendingPress slot = answers.open(press, telegram.messenger, telegram.answerRules(), Duration.ofSeconds(8));

        answers.answer(slot, PressAnswer.toast("Saved"));

        assertThat(answers.remembered(press)).contains(new AnsweredPress(PlatformId.TELEGRAM, "q1", AnswerKind.TOAST));
    }

    @Test
    void theRememberedValueCanHoldNeitherThePressNorItsRawJson() {
        Set<Class<?>> small = Set.of(PlatformId.class, String.class, AnswerKind.class);

        assertThat(Arrays.stream(AnsweredPress.class.getRecordComponents()).map(RecordComponent::getType))
                .allMatch(small::contains);
        assertThat(AnsweredPress.class.getDeclaredFields()).allMatch(f -> small.contains(f.getType()));
    }

    @Test
    void aLateAnswerThroughTheMessengerIsStillRecognisedAndSaysWhatThePressGot() {
        ButtonPress press = bigPress();
        PendingPress slot = answers.open(press, telegram.messenger, telegram.answerRules(), Duration.ofSeconds(8));
        answers.answer(slot, PressAnswer.toast("Saved"));

        boolean known = answers.answerKnown(press, PressAnswer.alert("Again"));

        assertThat(known).isTrue();
        assertThat(telegram.messenger.answersTo("q1")).containsExactly(PressAnswer.toast("Saved"));
        assertThat(listener.events).containsExactly("lateAnswer q1 ALERT");
    }

    @Test
    void aPressTheRuntimeNeverSawIsLeftToTheCaller() {
        assertThat(answers.answerKnown(bigPress(), PressAnswer.none())).isFalse();
    }

    private static ButtonPress bigPress() {
        return new ButtonPress(PlatformId.TELEGRAM, Optional.of("1"), "q1", 7, OptionalLong.of(70), OptionalLong.of(700),
                Optional.empty(), Optional.of("x"), true, PressSource.CALLBACK, RawJson.of(BIG_RAW));
    }
}
