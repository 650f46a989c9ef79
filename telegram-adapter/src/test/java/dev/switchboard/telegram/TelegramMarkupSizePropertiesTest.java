package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The MTProto size only grows with a label or payload, and the rule refuses exactly the keyboards
 * whose size is over the limit. Seeded, so CI is reproducible.
 */
class TelegramMarkupSizePropertiesTest {

    @Property(tries = 300, seed = "20261202")
    void growsWithEveryLabelAndPayload(@ForAll("callbackKeyboards") Keyboard keyboard,
                                       @ForAll @IntRange(max = 300) int extraLabel,
                                       @ForAll @IntRange(max = 64) int extraPayload) {
        CallbackButton first = (CallbackButton) keyboard.rows().get(0).get(0);
        Keyboard grown = withFirst(keyboard, Button.callback(first.label() + "ж".repeat(extraLabel),
                first.payload() + "x".repeat(extraPayload)));

        assertThat(TelegramMarkupSize.bytes(grown)).isGreaterThanOrEqualTo(TelegramMarkupSize.bytes(keyboard));
        assertThat(TelegramMarkupSize.bytes(grown) - TelegramMarkupSize.bytes(keyboard))
                .as("padding never adds more than 3 bytes per string")
                .isLessThanOrEqualTo(2L * extraLabel + extraPayload + 3 + 3 + 3);
    }

    @Property(tries = 300, seed = "20261203")
    void refusesExactlyTheKeyboardsOverTheLimit(@ForAll("callbackKeyboards") Keyboard keyboard) {
        boolean refused = Validator.validate(keyboard, TelegramPlatform.rules()).violations().stream()
                .anyMatch(v -> v.code() == ViolationCode.MARKUP_TOO_LONG);

        assertThat(refused).isEqualTo(TelegramMarkupSize.bytes(keyboard) > TelegramRules.MAX_WIRE_MARKUP_BYTES);
    }

    /** Up to 100 callback buttons in rows of up to 8, labels up to 80 characters, payloads 1–64 bytes. */
    @Provide
    Arbitrary<Keyboard> callbackKeyboards() {
        Arbitrary<Button> button = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withChars('ж', '€').ofMinLength(1).ofMaxLength(80),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(64))
                .as(Button::callback);
        return Combinators.combine(button.list().ofMinSize(1).ofMaxSize(100),
                        Arbitraries.integers().between(1, 8))
                .as((List<Button> buttons, Integer width) -> Keyboard.inline().arrange(buttons, width).build());
    }

    private static Keyboard withFirst(Keyboard keyboard, Button first) {
        List<List<Button>> rows = new ArrayList<>(keyboard.rows());
        List<Button> row = new ArrayList<>(rows.get(0));
        row.set(0, first);
        rows.set(0, row);
        KeyboardBuilder builder = Keyboard.inline();
        rows.forEach(builder::row);
        return builder.build();
    }
}
