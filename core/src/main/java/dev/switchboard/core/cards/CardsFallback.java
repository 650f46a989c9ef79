package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message of cards as an app without carousels shows it: the text followed by one numbered line
 * per card ({@code 1. Title — description}, and a card's {@code open_link} on the line below),
 * and an inline keyboard with each card's buttons as a row, in card order, fitted to the platform by
 * {@link KeyboardFitter} (rows too wide are split, too many rows packed densely). When the buttons
 * are too many for an inline keyboard (VK: 10) or are of kinds it does not take (Telegram text
 * buttons), a standard keyboard is tried. Photos and {@code open_photo} are not shown. No cards,
 * or cards without buttons, give no keyboard.
 *
 * @param text the text to send
 * @param keyboard the keyboard to send with it, if any
 */
public record CardsFallback(String text, Optional<Keyboard> keyboard) {
    public CardsFallback {
        checkNotNull(text, "text");
        checkNotNull(keyboard, "keyboard");
    }

    /**
     * {@code cards} laid out for the platform of {@code rules}.
     *
     * @throws KeyboardFitException when the buttons fit neither an inline nor a standard keyboard
     *         (paths point into the inline keyboard of one row per card); it carries the inline
     *         attempt's reasons
     */
    public static CardsFallback of(Cards cards, KeyboardRules rules) {
        checkNotNull(cards, "cards");
        checkNotNull(rules, "rules");
        return new CardsFallback(text(cards), keyboard(cards, rules));
    }

    /** The message text followed by a numbered line per card. */
    static String text(Cards cards) {
        StringBuilder text = new StringBuilder(cards.text());
        for (int i = 0; i < cards.cards().size(); i++) {
            Card card = cards.cards().get(i);
            text.append(text.length() == 0 ? "" : i == 0 ? "\n\n" : "\n").append(i + 1).append('.');
            card.title().ifPresent(title -> text.append(' ').append(title));
            card.description().ifPresent(d -> text.append(card.title().isPresent() ? " — " : " ").append(d));
            card.action().filter(CardAction.OpenLink.class::isInstance)
                    .ifPresent(link -> text.append("\n   ").append(((CardAction.OpenLink) link).url()));
        }
        return text.toString();
    }

    private static Optional<Keyboard> keyboard(Cards cards, KeyboardRules rules) {
        List<List<Button>> rows = new ArrayList<>(cards.cards().size());
        for (Card card : cards.cards()) {
            if (!card.buttons().isEmpty()) {
                rows.add(card.buttons());
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        KeyboardFitter fitter = KeyboardFitter.of(rules);
        try {
            return Optional.of(fitter.reflow(new Keyboard(KeyboardType.INLINE, rows, false, false, Optional.empty())));
        } catch (KeyboardFitException inline) {
            try {
                return Optional.of(fitter.reflow(
                        new Keyboard(KeyboardType.STANDARD, rows, false, false, Optional.empty())));
            } catch (KeyboardFitException standard) {
                throw inline;
            }
        }
    }
}
