package dev.switchboard.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerValidationTest {
    private static final PlatformId TOY = new PlatformId("toy", "Toy");
    private static final AnswerRules RULES = new AnswerRules(TOY,
            EnumSet.of(AnswerKind.NONE, AnswerKind.TOAST, AnswerKind.ALERT, AnswerKind.OPEN_LINK),
            EnumSet.of(AnswerKind.ALERT), 5,
            List.of((answer, issues) -> {
                if (answer instanceof OpenLink link && !link.url().startsWith("https://")) {
                    issues.add("url", ViolationCode.UNSUPPORTED_ANSWER, "only https links");
                }
            }));

    @Test
    void textAtTheLimitPassesAndOneOverFails() {
        assertThat(Validator.validate(PressAnswer.toast("12345"), RULES).violations()).isEmpty();
        assertThat(Validator.validate(PressAnswer.toast("123456"), RULES).violations()).containsExactly(
                Violation.of(TOY, "text", ViolationCode.ANSWER_TEXT_TOO_LONG, 5, 6,
                        "answer text is 6 characters; Toy allows 5"));
    }

    @Test
    void degradedKindIsAWarningAndTheTextIsStillChecked() {
        var report = Validator.validate(PressAnswer.alert("too long"), RULES);

        assertThat(report.violations()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$", ViolationCode.ANSWER_DEGRADED),
                org.assertj.core.groups.Tuple.tuple("text", ViolationCode.ANSWER_TEXT_TOO_LONG));
    }

    @Test
    void unsupportedKindIsAnError() {
        var report = Validator.validate(PressAnswer.openApp(7), RULES);

        assertThat(report.isValid()).isFalse();
        assertThat(report.violations()).containsExactly(
                Violation.of(TOY, "$", ViolationCode.UNSUPPORTED_ANSWER, "Toy cannot answer a press with open app"));
    }

    @Test
    void hooksReportAtTheirField() {
        assertThat(Validator.validate(PressAnswer.openLink("http://x.io"), RULES).violations())
                .extracting(Violation::path).containsExactly("url");
        assertThat(Validator.validate(PressAnswer.none(), RULES).isValid()).isTrue();
    }

    @Test
    void cacheTimeIsCarriedAndNeverNegative() {
        assertThat(PressAnswer.toast("a").withCacheTime(Duration.ofSeconds(30)))
                .isEqualTo(new Toast("a", Duration.ofSeconds(30)));
        assertThat(PressAnswer.none().cacheTime()).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> PressAnswer.none().withCacheTime(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PressAnswer.toast(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void openAppWithoutHashHasNone() {
        assertThat(PressAnswer.openApp(7, -1, "").hash()).isEmpty();
        assertThat(PressAnswer.openApp(7, -1, "x").ownerId()).hasValue(-1);
    }
}
