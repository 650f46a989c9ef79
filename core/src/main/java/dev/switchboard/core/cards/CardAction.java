package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a tap on a card itself (not on one of its buttons) does: VK's carousel element
 * {@code action}. Apps without carousels have no such tap; the fallback shows a link as a line of
 * text and drops {@link OpenPhoto}.
 */
public sealed interface CardAction {
    /** Opens {@code url} (VK {@code {"type":"open_link","link":url}}). */
    static CardAction openLink(String url) {
        return new OpenLink(url);
    }

    /** Opens the card's photo (VK {@code {"type":"open_photo"}}); the card needs a photo. */
    static CardAction openPhoto() {
        return OpenPhoto.INSTANCE;
    }

    /** VK's name of the action type: {@code open_link} or {@code open_photo}. */
    String type();

    /**
     * Opens a link.
     *
     * @param url the address; checked by the platform's rules ({@code INVALID_URL}, {@code MISSING_FIELD})
     */
    record OpenLink(String url) implements CardAction {
        public OpenLink {
            checkNotNull(url, "url");
        }

        @Override
        public String type() {
            return "open_link";
        }
    }

    /** Opens the card's photo. */
    record OpenPhoto() implements CardAction {
        static final OpenPhoto INSTANCE = new OpenPhoto();

        @Override
        public String type() {
            return "open_photo";
        }
    }
}
