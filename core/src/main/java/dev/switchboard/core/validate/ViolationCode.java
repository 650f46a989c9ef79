package dev.switchboard.core.validate;

/**
 * Stable codes of every rule the validators enforce; part of the public contract in
 * {@code docs/layout-format.md}. New codes may be added, existing ones never change. Which rule
 * raises which code on which platform is listed in {@code docs/validation.md}.
 */
public enum ViolationCode {
    /** The keyboard has no buttons at all (path {@code rows}). */
    EMPTY_KEYBOARD(Severity.ERROR),
    /** A row has no buttons. */
    EMPTY_ROW(Severity.ERROR),
    /** More buttons in total than the platform allows for this keyboard type. */
    TOO_MANY_BUTTONS(Severity.ERROR),
    /** More rows than the platform allows (VK). */
    TOO_MANY_ROWS(Severity.ERROR),
    /** More buttons in one row than the platform allows. */
    ROW_TOO_WIDE(Severity.ERROR),
    /** The serialized {@code reply_markup} JSON is over Telegram's size limit. */
    MARKUP_TOO_LARGE(Severity.ERROR),
    /** A button that needs a label has none. */
    LABEL_EMPTY(Severity.ERROR),
    /** A label is longer than the platform's limit (VK: 40 characters). */
    LABEL_TOO_LONG(Severity.ERROR),
    /** A callback button has an empty payload. */
    PAYLOAD_EMPTY(Severity.ERROR),
    /** A payload is over the platform's limit (Telegram: 64 UTF-8 bytes; VK: 255 characters as JSON). */
    PAYLOAD_TOO_LONG(Severity.ERROR),
    /** The platform has no such button on this keyboard type (e.g. a text button on a Telegram inline keyboard). */
    UNSUPPORTED_BUTTON(Severity.ERROR),
    /** A field the button or answer needs is absent or empty (a link URL, an app id, a pay hash). */
    MISSING_FIELD(Severity.ERROR),
    /** A URL the platform would refuse: not a URI, a scheme it does not open, no host. */
    INVALID_URL(Severity.ERROR),
    /** A button the platform shows only alone in its row shares it (VK location, pay, app). */
    MUST_BE_ALONE_IN_ROW(Severity.ERROR),
    /** A button's field other than label and payload is over its limit (Telegram copy text). */
    FIELD_TOO_LONG(Severity.ERROR),
    /** Two text buttons with the same label carry different payloads; Telegram returns only the label. */
    AMBIGUOUS_TEXT_BUTTON(Severity.ERROR),
    /** A keyboard option the platform refuses on this keyboard type (VK {@code oneTime} on inline). */
    OPTION_UNSUPPORTED(Severity.ERROR),
    /** The input field placeholder is over Telegram's 64 characters. */
    PLACEHOLDER_TOO_LONG(Severity.ERROR),
    /** A style the platform does not show on this button kind (warning). */
    STYLE_IGNORED(Severity.WARNING),
    /** A keyboard option the platform ignores on this keyboard type (warning). */
    OPTION_IGNORED(Severity.WARNING),
    /** Two buttons carry the same payload, so their presses cannot be told apart (warning). */
    DUPLICATE_PAYLOAD(Severity.WARNING),
    /** A press answer's text is over the platform's limit (path {@code text}). */
    ANSWER_TEXT_TOO_LONG(Severity.ERROR),
    /** The platform cannot give this kind of press answer (e.g. open an app on Telegram). */
    UNSUPPORTED_ANSWER(Severity.ERROR),
    /** The platform gives a lesser form of the answer (a VK snackbar for an alert) (warning). */
    ANSWER_DEGRADED(Severity.WARNING),
    /**
     * The markup as Telegram's servers receive it (MTProto, not JSON) is over their limit:
     * {@code REPLY_MARKUP_TOO_LONG}. Distinct from {@link #MARKUP_TOO_LARGE}, which measures the JSON.
     */
    MARKUP_TOO_LONG(Severity.ERROR),
    /**
     * A platform's own button (read from its keyboard JSON) that the neutral model cannot carry,
     * e.g. Telegram {@code login_url}; raised on every platform, so no writer sends it.
     */
    NOT_REPRESENTABLE(Severity.ERROR),
    /** A message of cards has no text; VK requires one with a carousel (path {@code text}). */
    CARDS_TEXT_EMPTY(Severity.ERROR),
    /** A message of cards has no cards (path {@code cards}). */
    NO_CARDS(Severity.ERROR),
    /** More cards than the platform shows in one carousel (path {@code cards}). */
    TOO_MANY_CARDS(Severity.ERROR),
    /** A card's title is over the platform's limit (VK: 80 characters). */
    CARD_TITLE_TOO_LONG(Severity.ERROR),
    /** A card's description is over the platform's limit (VK: 80 characters). */
    CARD_DESCRIPTION_TOO_LONG(Severity.ERROR),
    /** A card has fewer buttons than the platform needs (VK: at least one) (path {@code cards[i].buttons}). */
    CARD_WITHOUT_BUTTONS(Severity.ERROR),
    /** A card has more buttons than the platform allows (VK: three) (path {@code cards[i].buttons}). */
    TOO_MANY_CARD_BUTTONS(Severity.ERROR),
    /** A card has neither a photo nor a title; VK needs one of them (path {@code cards[i]}). */
    CARD_NEEDS_PHOTO_OR_TITLE(Severity.ERROR),
    /**
     * A card is not shaped like the first: a field the first has is missing or the reverse, or it has
     * another number of buttons (VK: the first element defines the structure of the rest).
     */
    CARD_SHAPE_DIFFERS(Severity.ERROR);

    private final Severity severity;

    ViolationCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity every violation with this code has. */
    public Severity severity() {
        return severity;
    }
}
