package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;

/**
 * A message of cards: its text and the cards below it, sent with {@code BotContext.reply(Cards)} or
 * {@code Messenger.send(chatId, Cards)}. On VK to an app that shows carousels it becomes
 * {@code messages.send} with {@code template={"type":"carousel",…}}; elsewhere it is laid out by
 * {@link CardsFallback} as text and an inline keyboard. Immutable; limits are checked by
 * {@link CardsValidator}, not here.
 *
 * <pre>{@code
 * ctx.reply(Cards.of("Today's teas",
 *     Card.titled("Green").description("Sencha").button(Button.callback("Buy", "buy:green")).build(),
 *     Card.titled("Black").description("Assam").button(Button.callback("Buy", "buy:black")).build()));
 * }</pre>
 *
 * @param text the message text (VK requires one with a carousel)
 * @param cards the cards, left to right
 */
public record Cards(String text, List<Card> cards) {
    public Cards {
        checkNotNull(text, "text");
        cards = List.copyOf(checkNotNull(cards, "cards"));
    }

    /** A message of {@code cards} under {@code text}. */
    public static Cards of(String text, Card... cards) {
        return new Cards(text, Arrays.asList(checkNotNull(cards, "cards")));
    }

    /** A message of {@code cards} under {@code text}. */
    public static Cards of(String text, List<Card> cards) {
        return new Cards(text, cards);
    }

    /** The number of buttons on all cards. */
    public int buttonCount() {
        return cards.stream().mapToInt(card -> card.buttons().size()).sum();
    }
}
