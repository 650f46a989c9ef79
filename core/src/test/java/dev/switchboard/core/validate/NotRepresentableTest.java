package dev.switchboard.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.layout.LayoutJson;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An {@code UnrepresentableButton} is kept in place, reported on every platform and refused by writers. */
class NotRepresentableTest {
    private static final PlatformId TOY = new PlatformId("toy", "Toy");
    private static final KeyboardRules RULES = KeyboardRules.builder(TOY)
            .keyboard(KeyboardType.INLINE, Shape.of(2, 10), EnumSet.allOf(ButtonKind.class))
            .keyboard(KeyboardType.STANDARD, Shape.of(2, 10), EnumSet.allOf(ButtonKind.class))
            .options(KeyboardType.INLINE, Map.of())
            .options(KeyboardType.STANDARD, Map.of())
            .maxLabelLength(4)
            .payload(new PayloadRule(1, 64, PayloadUnit.BYTES_UTF8, p -> p, EnumSet.of(ButtonKind.CALLBACK)))
            .build();

    private static final Keyboard KEYBOARD = Keyboard.inline()
            .row(Button.unrepresentable(PlatformId.TELEGRAM, "login_url", "Log in"), Button.callback("Long label", "x"))
            .row(Button.callback("A", "a"), Button.callback("B", "b"), Button.callback("C", "c"))
            .build();

    @Test
    void isReportedAtItsPathEvenWhereTheKindWouldBeSupportedAndTheRestIsStillChecked() {
        assertThat(Validator.validate(KEYBOARD, RULES).violations()).containsExactly(
                Violation.of(TOY, "rows[0][0]", ViolationCode.NOT_REPRESENTABLE,
                        "Telegram login_url buttons cannot be carried by the neutral model; no platform can be sent it"),
                Violation.of(TOY, "rows[0][1].label", ViolationCode.LABEL_TOO_LONG, 4, 10,
                        "label is 10 characters; Toy allows 1–4"),
                Violation.of(TOY, "rows[1]", ViolationCode.ROW_TOO_WIDE, 2, 3, "row 1 has 3 buttons; Toy allows 2"));
    }

    @Test
    void isAnErrorSoItCannotBeWritten() {
        assertThat(ViolationCode.NOT_REPRESENTABLE.severity()).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> Validator.validate(KEYBOARD, RULES).orThrow())
                .isInstanceOf(KeyboardRejectedException.class);
    }

    @Test
    void layoutJsonRefusesToWriteItAndHasNoKindForIt() {
        assertThatThrownBy(() -> LayoutJson.write(KEYBOARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("layout JSON cannot carry the Telegram login_url button");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"unrepresentable\"}]]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("unknown kind \"unrepresentable\"; expected one of callback, text, link, location,"
                        + " contact, app, pay, copy");
    }
}
