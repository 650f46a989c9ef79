package dev.switchboard.core.fit;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardOption;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.OptionSupport;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ViolationCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A made-up platform with small numbers, so the fitter's behaviour is visible without real platforms. */
final class ToyRules {
    static final PlatformId TOY = new PlatformId("toy", "Toy");

    /**
     * Inline: 3 per row, 4 rows, 9 buttons; standard: 4 per row, 12 buttons, rows unlimited; location
     * alone in its row; labels up to 10, payloads up to 16 characters; oneTime not allowed inline.
     */
    static final KeyboardRules RULES = base().build();

    /** {@link #RULES} plus a keyboard-wide rule that is not a count: all labels together at most 20 characters. */
    static final KeyboardRules LABEL_BUDGET = base().keyboardCheck((keyboard, issues) -> {
        int total = keyboard.rows().stream().flatMap(List::stream).mapToInt(b -> b.label().length()).sum();
        if (total > 20) {
            issues.add("", ViolationCode.MARKUP_TOO_LARGE, 20, total, "labels take " + total + " characters");
        }
    }).build();

    private ToyRules() {
    }

    private static KeyboardRules.Builder base() {
        EnumSet<ButtonKind> kinds = EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT, ButtonKind.LOCATION);
        return KeyboardRules.builder(TOY)
                .keyboard(KeyboardType.INLINE, Shape.of(3, 4, 9), kinds)
                .keyboard(KeyboardType.STANDARD, Shape.of(4, 12), kinds)
                .options(KeyboardType.INLINE, Map.of(KeyboardOption.ONE_TIME, OptionSupport.UNSUPPORTED))
                .options(KeyboardType.STANDARD, Map.of())
                .fullWidthKinds(EnumSet.of(ButtonKind.LOCATION))
                .unlabelledKinds(EnumSet.of(ButtonKind.LOCATION))
                .maxLabelLength(10)
                .payload(new PayloadRule(1, 16, PayloadUnit.CHARS, p -> p, EnumSet.of(ButtonKind.CALLBACK)));
    }

    /** Callback buttons {@code i0}…: label {@code i<k>}, payload {@code p<k>}. */
    static List<Button> items(int count) {
        return IntStream.range(0, count).<Button>mapToObj(k -> Button.callback("i" + k, "p" + k)).toList();
    }
}
