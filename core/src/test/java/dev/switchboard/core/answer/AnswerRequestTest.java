package dev.switchboard.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.validate.AnswerRejectedException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.RejectedByLimitsException;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AnswerRequestTest {
    private static final AnswerRules VK = new AnswerRules(PlatformId.VK, EnumSet.allOf(AnswerKind.class),
            EnumSet.of(AnswerKind.ALERT), 90, List.of());
    private static final AnswerRules TELEGRAM = new AnswerRules(PlatformId.TELEGRAM,
            EnumSet.of(AnswerKind.NONE, AnswerKind.TOAST), EnumSet.noneOf(AnswerKind.class), 200, List.of());
    private static final ButtonPress PRESS = new ButtonPress(PlatformId.VK, Optional.of("1"), "e-1", 5L,
            OptionalLong.of(2_000_000_001L), OptionalLong.empty(), Optional.empty(), Optional.of("p"), true,
            PressSource.CALLBACK, RawJson.of("{}"));

    @Test
    void carriesThePressIdsTheAnswerAndTheWarnings() {
        AnswerRequest request = AnswerRequest.of(PRESS, PressAnswer.alert("Hi"), VK);

        assertThat(request.press()).isSameAs(PRESS);
        assertThat(request.platform()).isEqualTo(PlatformId.VK);
        assertThat(request.pressId()).isEqualTo("e-1");
        assertThat(request.userId()).isEqualTo(5L);
        assertThat(request.chatId()).isEqualTo(OptionalLong.of(2_000_000_001L));
        assertThat(request.answer()).isEqualTo(PressAnswer.alert("Hi"));
        assertThat(request.report()).isEqualTo(Validator.validate(PressAnswer.alert("Hi"), VK));
        assertThat(request.report().warnings()).extracting(v -> v.code()).containsExactly(ViolationCode.ANSWER_DEGRADED);
        assertThat(request).hasToString("AnswerRequest[ALERT to press e-1 on vk]");
    }

    @Test
    void anAnswerTheRulesRejectThrowsAnswerRejectedExceptionWithTheWholeReport() {
        PressAnswer tooLong = PressAnswer.toast("x".repeat(91));

        assertThatThrownBy(() -> AnswerRequest.of(PRESS, tooLong, VK))
                .isExactlyInstanceOf(AnswerRejectedException.class)
                .isInstanceOf(RejectedByLimitsException.class)
                .isNotInstanceOf(KeyboardRejectedException.class)
                .isInstanceOfSatisfying(AnswerRejectedException.class,
                        e -> assertThat(e.report()).isEqualTo(Validator.validate(tooLong, VK)))
                .hasMessageStartingWith("rejected with 1 error: ");
    }

    @Test
    void refusesTheRulesOfAnotherPlatform() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnswerRequest.of(PRESS, PressAnswer.none(), TELEGRAM))
                .withMessage("press is from vk, the rules are for telegram");
    }
}
