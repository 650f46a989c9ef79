package dev.switchboard.telegram;

import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.LinkButton;
import java.util.List;

/**
 * The size of a keyboard as Telegram's own servers receive it: the MTProto (TL) object the Bot
 * API server builds from {@code reply_markup} through TDLib, which is where
 * {@code REPLY_MARKUP_TOO_LONG} comes from. Neither the Bot API server nor TDLib checks a size;
 * the JSON never reaches Telegram. Layouts follow TDLib's {@code telegram_api.tl}; the evidence
 * and the limit are in {@code docs/validation.md} ("Telegram's reply markup size, measured").
 * Stateless.
 */
final class TelegramMarkupSize {
    /** A constructor id, a {@code flags:#} word, a vector's header (constructor id and count). */
    private static final int WORD = 4;
    private static final int VECTOR = 2 * WORD;
    /** {@code keyboardButtonStyle flags:#} without an icon: written for every non-default style. */
    static final int STYLE = 2 * WORD;
    /** {@code replyInlineMarkup}: constructor id, then its rows. */
    static final int INLINE_MARKUP = WORD;
    /** {@code replyKeyboardMarkup}: constructor id and {@code flags:#}, then rows and the placeholder. */
    static final int STANDARD_MARKUP = 2 * WORD;
    /** {@code replyKeyboardHide}: constructor id and {@code flags:#}. */
    static final int REMOVE_MARKUP = 2 * WORD;
    /** The header of the rows vector. */
    static final int ROWS = VECTOR;
    /** One {@code keyboardButtonRow}: constructor id and its buttons vector's header. */
    static final int ROW = WORD + VECTOR;
    /** One button before its style and strings: constructor id and {@code flags:#}. */
    static final int BUTTON = 2 * WORD;

    private TelegramMarkupSize() {
    }

    /**
     * Bytes of the serialized {@code replyInlineMarkup}, {@code replyKeyboardMarkup} or
     * {@code replyKeyboardHide} that carries {@code keyboard}; defined for any keyboard, valid or not.
     */
    static long bytes(Keyboard keyboard) {
        return switch (keyboard.type()) {
            case INLINE -> INLINE_MARKUP + rows(keyboard.rows());
            case STANDARD -> STANDARD_MARKUP + rows(keyboard.rows())
                    + keyboard.placeholder().filter(p -> !p.isEmpty()).map(TelegramMarkupSize::string).orElse(0L);
            case REMOVE -> REMOVE_MARKUP;
        };
    }

    /** {@code rows:Vector<KeyboardButtonRow>}, each row {@code keyboardButtonRow buttons:Vector<KeyboardButton>}. */
    private static long rows(List<List<Button>> rows) {
        long bytes = ROWS;
        for (List<Button> row : rows) {
            bytes += ROW;
            for (Button button : row) {
                bytes += button(button);
            }
        }
        return bytes;
    }

    /**
     * Every button TDLib sends is a constructor id, {@code flags:#}, the optional style, the text
     * and at most one more string: callback data ({@code keyboardButtonCallback}), url
     * ({@code keyboardButtonUrl}, {@code keyboardButtonWebView}, {@code keyboardButtonSimpleWebView})
     * or the text to copy ({@code keyboardButtonCopy}).
     */
    static long button(Button button) {
        // The writer's style mapping decides: a style it omits is not sent on.
        long bytes = BUTTON + (TelegramKeyboardWriter.styleName(button.style()) == null ? 0 : STYLE)
                + string(button.label());
        return bytes + switch (button.kind()) {
            case CALLBACK -> string(((CallbackButton) button).payload());
            case LINK -> string(((LinkButton) button).url());
            case APP -> string(((AppButton) button).url().orElse(""));
            case COPY -> string(((CopyButton) button).text());
            // An unrepresentable button is never sent (NOT_REPRESENTABLE); its label alone is counted.
            case TEXT, LOCATION, CONTACT, PAY, UNREPRESENTABLE -> 0;
        };
    }

    /**
     * A TL {@code string} or {@code bytes}: the UTF-8 bytes after a length prefix of 1 byte (under
     * 254) or 4, padded with zeros to a multiple of 4.
     */
    static long string(String value) {
        return string(TelegramKeyboardWriter.utf8Length(value));
    }

    /** {@link #string(String)} of a string whose UTF-8 form is {@code length} bytes long. */
    static long string(long length) {
        long prefixed = length + (length < 254 ? 1 : WORD);
        return (prefixed + WORD - 1) / WORD * WORD;
    }
}
