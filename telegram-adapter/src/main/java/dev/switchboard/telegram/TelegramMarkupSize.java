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
    private static final int STYLE = 2 * WORD;

    private TelegramMarkupSize() {
    }

    /**
     * Bytes of the serialized {@code replyInlineMarkup}, {@code replyKeyboardMarkup} or
     * {@code replyKeyboardHide} that carries {@code keyboard}; defined for any keyboard, valid or not.
     */
    static long bytes(Keyboard keyboard) {
        return switch (keyboard.type()) {
            case INLINE -> WORD + rows(keyboard.rows());
            case STANDARD -> 2 * WORD + rows(keyboard.rows())
                    + keyboard.placeholder().filter(p -> !p.isEmpty()).map(TelegramMarkupSize::string).orElse(0L);
            case REMOVE -> 2 * WORD;
        };
    }

    /** {@code rows:Vector<KeyboardButtonRow>}, each row {@code keyboardButtonRow buttons:Vector<KeyboardButton>}. */
    private static long rows(List<List<Button>> rows) {
        long bytes = VECTOR;
        for (List<Button> row : rows) {
            bytes += WORD + VECTOR;
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
        long bytes = 2 * WORD + (TelegramKeyboardWriter.styleName(button.style()) == null ? 0 : STYLE)
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
        long length = TelegramKeyboardWriter.utf8Length(value);
        long prefixed = length + (length < 254 ? 1 : WORD);
        return (prefixed + WORD - 1) / WORD * WORD;
    }
}
