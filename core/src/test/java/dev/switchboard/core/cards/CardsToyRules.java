package dev.switchboard.core.cards;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardOption;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.OptionSupport;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** A made-up platform with small numbers, so the fallback's fitting is visible without real platforms. */
final class CardsToyRules {
    static final PlatformId TOY = new PlatformId("toy", "Toy");

    /** Inline: 3 per row, 4 rows, 9 buttons; standard: 4 per row, 12 buttons; labels up to 10 characters. */
    static final KeyboardRules KEYBOARDS = KeyboardRules.builder(TOY)
            .keyboard(KeyboardType.INLINE, Shape.of(3, 4, 9), EnumSet.of(ButtonKind.CALLBACK, ButtonKind.LINK))
            .keyboard(KeyboardType.STANDARD, Shape.of(4, 12), EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT))
            .options(KeyboardType.INLINE, Map.of(KeyboardOption.ONE_TIME, OptionSupport.UNSUPPORTED))
            .options(KeyboardType.STANDARD, Map.of())
            .maxLabelLength(10)
            .payload(new PayloadRule(1, 16, PayloadUnit.CHARS, p -> p, EnumSet.of(ButtonKind.CALLBACK)))
            .build();

    /** Cards: at most 3, titles and descriptions up to 5 characters, 1–2 buttons. */
    static final CardRules CARDS = new CardRules(TOY, 3, 5, 5, 1, 2, KEYBOARDS, List.of());

    private CardsToyRules() {
    }
}
