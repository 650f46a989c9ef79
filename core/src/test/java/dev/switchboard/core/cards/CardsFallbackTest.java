package dev.switchboard.core.cards;

import static dev.switchboard.core.cards.CardsToyRules.KEYBOARDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardsFallbackTest {
    private static Card card(String title, int buttons) {
        Card.Builder card = Card.titled(title);
        IntStream.range(0, buttons).forEach(b -> card.button(Button.callback(title + b, title + ":" + b)));
        return card.build();
    }

    private static List<List<String>> labels(Keyboard keyboard) {
        return keyboard.rows().stream().map(row -> row.stream().map(Button::label).toList()).toList();
    }

    private static Cards cards(int count, int buttonsEach) {
        return Cards.of("Pick", IntStream.range(0, count).mapToObj(i -> card("c" + i, buttonsEach)).toList());
    }

    @Test
    void numbersTheCardsUnderTheText() {
        Cards cards = Cards.of("Today's teas",
                Card.titled("Sencha").description("Green").photo(CardPhoto.vk("-1_2")).button(Button.callback("Buy", "a"))
                        .action(CardAction.openPhoto()).build(),
                Card.builder().description("Only a description").button(Button.callback("Buy", "b")).build(),
                Card.titled("Assam").button(Button.callback("Buy", "c")).action(CardAction.openLink("https://e.com/a"))
                        .build());

        assertThat(CardsFallback.of(cards, KEYBOARDS).text()).isEqualTo("Today's teas\n\n1. Sencha — Green\n"
                + "2. Only a description\n3. Assam\n   https://e.com/a");
    }

    @Test
    void withoutATextTheListIsTheText() {
        assertThat(CardsFallback.of(Cards.of("", card("A", 1), card("B", 1)), KEYBOARDS).text()).isEqualTo("1. A\n2. B");
    }

    @Test
    void eachCardsButtonsAreARowOfAnInlineKeyboard() {
        Keyboard keyboard = CardsFallback.of(cards(3, 2), KEYBOARDS).keyboard().orElseThrow();

        assertThat(keyboard.type()).isEqualTo(KeyboardType.INLINE);
        assertThat(labels(keyboard)).containsExactly(List.of("c00", "c01"), List.of("c10", "c11"), List.of("c20", "c21"));
    }

    @Test
    void moreCardsThanRowsArePackedDensely() {
        Keyboard keyboard = CardsFallback.of(cards(5, 1), KEYBOARDS).keyboard().orElseThrow();

        assertThat(labels(keyboard)).containsExactly(List.of("c00", "c10", "c20"), List.of("c30", "c40"));
        assertThat(Validator.validate(keyboard, KEYBOARDS).isValid()).isTrue();
    }

    @Test
    void buttonsTooManyForAnInlineKeyboardGoToAStandardOne() {
        Keyboard keyboard = CardsFallback.of(cards(4, 3), KEYBOARDS).keyboard().orElseThrow();

        assertThat(keyboard.type()).isEqualTo(KeyboardType.STANDARD);
        assertThat(keyboard.buttonCount()).isEqualTo(12);
        assertThat(Validator.validate(keyboard, KEYBOARDS).isValid()).isTrue();
    }

    @Test
    void buttonsThatFitNoKeyboardThrowTheInlineReasons() {
        assertThatThrownBy(() -> CardsFallback.of(cards(5, 3), KEYBOARDS)).isInstanceOf(KeyboardFitException.class)
                .satisfies(e -> {
                    KeyboardFitException fit = (KeyboardFitException) e;
                    assertThat(fit.report().errors()).anySatisfy(v -> {
                        assertThat(v.code()).isEqualTo(ViolationCode.TOO_MANY_BUTTONS);
                        assertThat(v.limit()).hasValue(9);
                        assertThat(v.actual()).hasValue(15);
                    });
                });
    }

    @Test
    void noCardsOrNoButtonsGiveNoKeyboard() {
        assertThat(CardsFallback.of(Cards.of("Nothing today"), KEYBOARDS))
                .isEqualTo(new CardsFallback("Nothing today", java.util.Optional.empty()));
        assertThat(CardsFallback.of(Cards.of("Look", Card.titled("A").build()), KEYBOARDS).keyboard()).isEmpty();
    }
}
