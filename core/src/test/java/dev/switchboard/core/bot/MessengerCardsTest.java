package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.cards.Card;
import dev.switchboard.core.cards.Cards;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessengerCardsTest {
    private static final Cards CARDS = Cards.of("Pick", Card.titled("A").button(Button.callback("A", "a")).build());

    /** A messenger that implements only what every messenger must. */
    private static final Messenger PLAIN = new Messenger() {
        @Override
        public PlatformId platform() {
            return PlatformId.TELEGRAM;
        }

        @Override
        public MessageRef send(long chatId, String text, Optional<Keyboard> keyboard) {
            throw new AssertionError("not sent");
        }

        @Override
        public void edit(MessageRef message, Optional<String> text, KeyboardChange change) {
            throw new AssertionError("not edited");
        }

        @Override
        public void answer(ButtonPress press, PressAnswer answer) {
            throw new AssertionError("not answered");
        }

        @Override
        public String toString() {
            return "Plain";
        }
    };

    @Test
    void aMessengerThatKnowsNoCardsSaysSoInsteadOfSendingSomethingElse() {
        assertThatThrownBy(() -> PLAIN.send(1, CARDS)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Telegram messenger Plain cannot send cards");
        assertThatThrownBy(() -> PLAIN.edit(MessageRef.of(PlatformId.TELEGRAM, 1, 2), CARDS))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
