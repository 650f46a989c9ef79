package dev.switchboard.examples.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.MessageText;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.cards.CardsFallback;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/** The fallback of any carousel VK could show is a keyboard both platforms take. */
class CardsFallbackPropertiesTest {
    @Property(tries = 300, seed = "20261203")
    void theFallbackKeyboardOfUpToTenCardsHasNoErrorOnEitherPlatform(@ForAll("cards") Cards cards) {
        for (KeyboardRules rules : List.of(TelegramPlatform.rules(), VkPlatform.rules())) {
            CardsFallback fallback = CardsFallback.of(cards, rules);

            assertThat(fallback.keyboard().isPresent()).isEqualTo(!cards.cards().isEmpty());
            Optional<Keyboard> keyboard = fallback.keyboard();
            if (keyboard.isPresent()) {
                ValidationReport report = Validator.validate(keyboard.get(), rules);
                assertThat(report.errors()).as("%s keyboard of %s cards", rules.platform(), cards.cards().size())
                        .isEmpty();
                assertThat(keyboard.get().buttonCount()).isEqualTo(cards.buttonCount());
            }
            assertThat(fallback.text().length()).isBetween(1, MessageText.TELEGRAM.max());
        }
    }

    /** 0–10 cards, each with a title and maybe a description of 1–80 units and 1–3 callback buttons. */
    @Provide
    Arbitrary<Cards> cards() {
        Arbitrary<Card> card = Combinators.combine(text(80), text(80).optional(), text(40).list().ofMinSize(1)
                .ofMaxSize(3)).as((title, description, labels) -> {
                    Card.Builder builder = Card.titled(title);
                    description.ifPresent(builder::description);
                    labels.forEach(label -> builder.button(Button.callback(label, "x")));
                    return builder.build();
                });
        return card.list().ofMaxSize(10).withSizeDistribution(RandomDistribution.uniform()).map(list -> {
            List<Card> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Card c = list.get(i);
                List<Button> buttons = new ArrayList<>();
                for (int b = 0; b < c.buttons().size(); b++) {
                    buttons.add(Button.callback(c.buttons().get(b).label(), "card:" + i + ":" + b));
                }
                numbered.add(new Card(c.title(), c.description(), c.photo(), buttons, c.action()));
            }
            return Cards.of("Pick one", numbered);
        });
    }

    /** 1–{@code max} UTF-16 units of ASCII, Cyrillic and emoji, an emoji never cut in half. */
    private static Arbitrary<String> text(int max) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("😀", "🍕", "👍", "🚀", "🇷🇺", " "));
        return piece.list().ofMinSize(1).ofMaxSize(20).map(chosen -> {
            StringBuilder text = new StringBuilder();
            for (String p : chosen) {
                if (text.length() + p.length() <= max) {
                    text.append(p);
                }
            }
            return text.toString().isBlank() ? "x" : text.toString();
        });
    }
}
