package dev.switchboard.core.cards;

import static dev.switchboard.core.cards.CardsToyRules.CARDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.validate.ViolationCode;
import dev.switchboard.core.validate.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardsValidatorTest {
    private static final Cards LONG_LABEL = Cards.of("Pick", Card.titled("A").button(Button.callback("L".repeat(11), "a"))
            .build());

    @Test
    void checksTheCardsButtonsWithThePlatformsKeyboardRules() {
        assertThat(CardsValidator.validate(LONG_LABEL, CARDS).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cards[0].buttons[0].label",
                        ViolationCode.LABEL_TOO_LONG));
    }

    @Test
    void theLayoutCheckLeavesSingleButtonsToTheFallbacksKeyboardCheck() {
        assertThat(CardsValidator.validateLayout(LONG_LABEL, CARDS).violations()).isEmpty();
        assertThat(CardsValidator.validateLayout(Cards.of("Pick", Card.titled("Longer").build()), CARDS).violations())
                .extracting(Violation::code)
                .containsExactly(ViolationCode.CARD_TITLE_TOO_LONG, ViolationCode.CARD_WITHOUT_BUTTONS);
    }

    @Test
    void runsThePlatformsCardHooksWithPathsIntoTheCard() {
        CardRules hooked = new CardRules(CARDS.platform(), 3, 5, 5, 1, 2, CARDS.buttons(), List.of(
                (card, issues) -> issues.add("action", ViolationCode.MISSING_FIELD, "hook")));

        assertThat(CardsValidator.validate(Cards.of("Pick", Card.titled("A").button(Button.callback("A", "a")).build()),
                hooked).violations()).extracting(Violation::path).containsExactly("cards[0].action");
    }

    @Test
    void cardRulesMustMatchTheirButtonRulesPlatform() {
        assertThatThrownBy(() -> new CardRules(dev.switchboard.core.PlatformId.VK, 10, 80, 80, 1, 3, CARDS.buttons(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
