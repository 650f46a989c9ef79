package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Utf8;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import java.util.List;

/**
 * Writes Telegram's {@code reply_markup} object ({@link TelegramMarkupWriter} writes the text,
 * exactly as Jackson's generator would, straight into a char array). Buttons are
 * {@code "text"}, then exactly one type key (none for a plain reply button), then
 * {@code "style"} if any; no {@code null}, {@code false} or empty placeholder is ever written,
 * because the Bot API takes the first type key present.
 * The markup is written once per call, and measured while it is written: both size limits (the
 * JSON's UTF-8 size and the MTProto size) are checked on the figures of that pass, and only a
 * keyboard that breaks a rule is validated again with the full rules, which measure the markup
 * themselves, so the thrown report is exactly {@code Validator}'s.
 * Immutable and thread-safe.
 */
final class TelegramKeyboardWriter implements KeyboardFormat {
    /** More than the keys and punctuation of any button: {@code {"text":"","request_location":true,"style":"success"},}. */
    private static final int BUTTON_SYNTAX_BYTES = 64;
    /** More than {@code [],} around a row. */
    private static final int ROW_SYNTAX_BYTES = 4;
    /** More than a keyboard's keys and options outside its rows, placeholder text aside (113 at most). */
    private static final int KEYBOARD_SYNTAX_BYTES = 128;

    /** The writer of Telegram's rules: one shared, thread-safe instance. */
    static final TelegramKeyboardWriter INSTANCE = new TelegramKeyboardWriter(TelegramRules.RULES,
            TelegramRules.createWithoutSizes(), TelegramRules.MAX_MARKUP_BYTES, TelegramRules.MAX_WIRE_MARKUP_BYTES);

    private final KeyboardRules rules;
    private final KeyboardRules rulesWithoutSizes;
    private final long maxMarkupBytes;
    private final long maxWireBytes;

    /**
     * @param rules the rules {@link #rules()} reports and a rejection is validated with
     * @param rulesWithoutSizes the same rules without the two markup size checks
     * @param maxMarkupBytes the limit {@code rules} check the markup's UTF-8 size against
     * @param maxWireBytes the limit {@code rules} check the markup's MTProto size against
     */
    TelegramKeyboardWriter(KeyboardRules rules, KeyboardRules rulesWithoutSizes, long maxMarkupBytes,
                           long maxWireBytes) {
        this.rules = checkNotNull(rules, "rules");
        this.rulesWithoutSizes = checkNotNull(rulesWithoutSizes, "rulesWithoutSizes");
        this.maxMarkupBytes = maxMarkupBytes;
        this.maxWireBytes = maxWireBytes;
    }

    /** Reads the platform's own keyboard JSON; see {@link TelegramKeyboardReader}. */
    @Override
    public Keyboard read(String json) {
        return TelegramKeyboardReader.read(checkNotNull(json, "json"));
    }

    @Override
    public KeyboardRules rules() {
        return rules;
    }

    @Override
    public String write(Keyboard keyboard) {
        checkNotNull(keyboard, "keyboard");
        if (Validator.validate(keyboard, rulesWithoutSizes).isValid()) {
            TelegramMarkupWriter written = TelegramMarkupWriter.write(keyboard, capacity(keyboard));
            if (written.utf8Bytes() <= maxMarkupBytes && written.wireBytes() <= maxWireBytes) {
                return written.markup();
            }
        }
        Validator.validate(keyboard, rules).orThrow();
        throw new AssertionError("the full rules passed a keyboard the writer rejected: " + keyboard);
    }

    /** {@code markup.getBytes(UTF_8).length} without encoding; Guava counts unless a surrogate is unpaired. */
    static long utf8Length(String markup) {
        try {
            return Utf8.encodedLength(markup);
        } catch (IllegalArgumentException unpairedSurrogate) {
            TelegramUtf8Counter counter = new TelegramUtf8Counter();
            counter.write(markup, 0, markup.length());
            return counter.bytes();
        }
    }

    /** The markup of any keyboard, valid or not; the rules measure this to check its size. */
    static String markup(Keyboard keyboard) {
        return TelegramMarkupWriter.write(keyboard, capacity(keyboard)).markup();
    }

    /** The UTF-8 size of {@link #markup(Keyboard)}, as {@code getBytes(UTF_8)} would count it. */
    static long markupBytes(Keyboard keyboard) {
        return TelegramMarkupWriter.write(keyboard, capacity(keyboard)).utf8Bytes();
    }

    /** Room for the whole markup unless strings need escaping: a buffer that grows copies what it holds. */
    private static int capacity(Keyboard keyboard) {
        return KEYBOARD_SYNTAX_BYTES + textLength(keyboard);
    }

    /**
     * At least {@link #markupBytes}, computed without writing. The syntax of each part of the
     * markup at its longest, plus each string at 6 bytes per character that JSON escapes (the
     * longest escape is a six-character unicode escape) and 3 per character beyond ASCII, which the
     * generator writes unescaped. Lets the size rule skip writing markup that cannot be too large.
     */
    static long markupBytesBound(Keyboard keyboard) {
        long bound = KEYBOARD_SYNTAX_BYTES + stringBound(keyboard.placeholder().orElse(""));
        for (List<Button> row : keyboard.rows()) {
            bound += ROW_SYNTAX_BYTES;
            for (Button button : row) {
                bound += BUTTON_SYNTAX_BYTES + stringBound(button.label()) + stringBound(typeValue(button));
            }
        }
        return bound;
    }

    private static long stringBound(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x20 || c == '"' || c == '\\' ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** Characters of the strings the markup holds, plus the syntax of each button at its longest. */
    private static int textLength(Keyboard keyboard) {
        int length = 0;
        for (List<Button> row : keyboard.rows()) {
            length += ROW_SYNTAX_BYTES;
            for (Button button : row) {
                length += BUTTON_SYNTAX_BYTES + button.label().length() + typeValue(button).length();
            }
        }
        return length;
    }

    /** The string {@link #writeButton} writes under the button's type key, or "" for none. */
    private static String typeValue(Button button) {
        return switch (button.kind()) {
            case CALLBACK -> ((CallbackButton) button).payload();
            case LINK -> ((LinkButton) button).url();
            case APP -> ((AppButton) button).url().orElse("");
            case COPY -> ((CopyButton) button).text();
            case TEXT, LOCATION, CONTACT, PAY, UNREPRESENTABLE -> "";
        };
    }

    /** Bot API 9.4 {@code style}, or null where Telegram's default look is wanted. */
    static String styleName(Style style) {
        return switch (style) {
            case PRIMARY -> "primary";
            case POSITIVE -> "success";
            case NEGATIVE -> "danger";
            case SECONDARY, DEFAULT -> null;
        };
    }
}
