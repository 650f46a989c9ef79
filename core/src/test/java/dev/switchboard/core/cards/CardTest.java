package dev.switchboard.core.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardTest {
    @Test
    void anEmptyTitleOrDescriptionIsLeftOutNotEmpty() {
        assertThatThrownBy(() -> Card.titled("").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave the title out");
        assertThatThrownBy(() -> Card.builder().description("").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave the description out");
    }

    @Test
    void copiesItsButtonsAndCards() {
        List<Button> buttons = new ArrayList<>(List.of(Button.callback("A", "a")));
        Card card = new Card(Optional.of("T"), Optional.empty(), Optional.empty(), buttons, Optional.empty());
        List<Card> list = new ArrayList<>(List.of(card));
        Cards cards = Cards.of("Pick", list);
        buttons.clear();
        list.clear();

        assertThat(card.buttons()).hasSize(1);
        assertThat(cards.cards()).containsExactly(card);
        assertThat(cards.buttonCount()).isEqualTo(1);
    }

    @Test
    void aPhotoIsShownOnlyOnItsOwnPlatform() {
        Card card = Card.titled("T").photo(CardPhoto.vk("-123_456")).build();

        assertThat(card.hasPhotoOn(PlatformId.VK)).isTrue();
        assertThat(card.hasPhotoOn(PlatformId.TELEGRAM)).isFalse();
    }

    @Test
    void aVkPhotoIdIsOwnerUnderscoreId() {
        assertThat(CardPhoto.vk("-123_456").id()).isEqualTo("-123_456");
        assertThat(CardPhoto.vk("123_456").platform()).isEqualTo(PlatformId.VK);
        assertThatThrownBy(() -> CardPhoto.vk("photo-123_456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardPhoto(PlatformId.TELEGRAM, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionsAreNamedAsVkNamesThem() {
        assertThat(CardAction.openLink("https://e.com").type()).isEqualTo("open_link");
        assertThat(CardAction.openPhoto().type()).isEqualTo("open_photo");
    }
}
