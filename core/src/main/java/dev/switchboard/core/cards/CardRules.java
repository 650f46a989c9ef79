package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.List;

/**
 * One platform's limits on a message of cards (VK's carousel), applied by {@link CardsValidator}.
 * Adapters with a carousel publish theirs ({@code VkPlatform.carouselRules()}); every number comes
 * from {@code docs/validation.md}. A card's buttons are checked by the platform's
 * {@link KeyboardRules} as buttons of an inline keyboard (labels, payloads, URLs), except that a
 * card's buttons are stacked, so no button must be alone in its row.
 *
 * @param platform whose limits these are
 * @param maxCards most cards in one message ({@code TOO_MANY_CARDS})
 * @param maxTitleLength longest title in UTF-16 units ({@code CARD_TITLE_TOO_LONG})
 * @param maxDescriptionLength longest description in UTF-16 units ({@code CARD_DESCRIPTION_TOO_LONG})
 * @param minButtons fewest buttons on a card ({@code CARD_WITHOUT_BUTTONS})
 * @param maxButtons most buttons on a card ({@code TOO_MANY_CARD_BUTTONS})
 * @param buttons the platform's keyboard rules, applied to each card's buttons
 * @param checks per-card hooks
 */
public record CardRules(PlatformId platform, int maxCards, int maxTitleLength, int maxDescriptionLength,
                        int minButtons, int maxButtons, KeyboardRules buttons, List<CardCheck> checks) {
    public CardRules {
        checkNotNull(platform, "platform");
        checkNotNull(buttons, "buttons");
        checks = List.copyOf(checkNotNull(checks, "checks"));
        checkArgument(maxCards > 0, "maxCards must be positive: %s", maxCards);
        checkArgument(maxTitleLength > 0, "maxTitleLength must be positive: %s", maxTitleLength);
        checkArgument(maxDescriptionLength > 0, "maxDescriptionLength must be positive: %s", maxDescriptionLength);
        checkArgument(minButtons >= 0 && minButtons <= maxButtons, "need 0 <= minButtons <= maxButtons: %s, %s",
                minButtons, maxButtons);
        checkArgument(buttons.platform().equals(platform), "button rules of %s for cards of %s",
                buttons.platform(), platform);
    }
}
