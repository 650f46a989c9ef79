package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One card: a title, a description, a photo, its buttons and what a tap on the card does (a VK
 * carousel element). Only structure is checked here: lengths, the button count, "a photo or a
 * title" and "shaped like the first card" are a platform's limits, reported by
 * {@link CardsValidator} with every violation at once.
 *
 * <pre>{@code
 * Card tea = Card.titled("Green tea").description("Sencha, 100 g").photo(CardPhoto.vk("-1_457239017"))
 *     .button(Button.callback("Buy", "buy:tea")).build();
 * }</pre>
 *
 * @param title the title, shown bold (VK: at most 80 characters)
 * @param description the line under the title (VK: at most 80 characters)
 * @param photo a photo on one platform, shown there only
 * @param buttons the card's buttons, top to bottom (VK: one to three)
 * @param action what a tap on the card does
 */
public record Card(Optional<String> title, Optional<String> description, Optional<CardPhoto> photo,
                   List<Button> buttons, Optional<CardAction> action) {
    public Card {
        checkNotNull(title, "title");
        checkNotNull(description, "description");
        checkNotNull(photo, "photo");
        checkNotNull(action, "action");
        buttons = List.copyOf(checkNotNull(buttons, "buttons"));
        checkArgument(title.map(t -> !t.isEmpty()).orElse(true), "an empty title: leave the title out instead");
        checkArgument(description.map(d -> !d.isEmpty()).orElse(true),
                "an empty description: leave the description out instead");
    }

    /** Starts a card with a title. */
    public static Builder titled(String title) {
        return new Builder().title(title);
    }

    /** Starts a card with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the card has a photo {@link CardPhoto#isOn shown} on {@code platform}. */
    public boolean hasPhotoOn(PlatformId platform) {
        return photo.map(p -> p.isOn(platform)).orElse(false);
    }

    /** Builds a {@link Card}; not thread-safe. */
    public static final class Builder {
        private Optional<String> title = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<CardPhoto> photo = Optional.empty();
        private final List<Button> buttons = new ArrayList<>();
        private Optional<CardAction> action = Optional.empty();

        private Builder() {
        }

        /** The title. */
        public Builder title(String title) {
            this.title = Optional.of(checkNotNull(title, "title"));
            return this;
        }

        /** The line under the title. */
        public Builder description(String description) {
            this.description = Optional.of(checkNotNull(description, "description"));
            return this;
        }

        /** The photo. */
        public Builder photo(CardPhoto photo) {
            this.photo = Optional.of(checkNotNull(photo, "photo"));
            return this;
        }

        /** Adds buttons below those added before. */
        public Builder button(Button... buttons) {
            Arrays.stream(checkNotNull(buttons, "buttons")).forEach(b -> this.buttons.add(checkNotNull(b, "button")));
            return this;
        }

        /** What a tap on the card does. */
        public Builder action(CardAction action) {
            this.action = Optional.of(checkNotNull(action, "action"));
            return this;
        }

        /** The card. */
        public Card build() {
            return new Card(title, description, photo, buttons, action);
        }
    }
}
