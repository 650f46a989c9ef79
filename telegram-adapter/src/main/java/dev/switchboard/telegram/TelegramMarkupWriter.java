package dev.switchboard.telegram;

import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import java.util.Arrays;
import java.util.List;

/**
 * Writes Telegram's {@code reply_markup} straight into a {@code char[]} and measures it in the
 * same pass: its UTF-8 size (as {@code String.getBytes(UTF_8)} counts it) and its MTProto size
 * ({@link TelegramMarkupSize}). The text is exactly what Jackson's generator writes with its
 * default settings: compact, {@code "} and {@code \} escaped with a backslash, control characters
 * as {@code \b \t \n \f \r} or {@code \\u00XX} (upper-case hex), every other character as it is,
 * unpaired surrogates and U+2028/U+2029 included. Keys and their order are described on
 * {@link TelegramKeyboardWriter}. One instance per call; not thread-safe.
 */
final class TelegramMarkupWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Escape of each ASCII character: 0 none, 'u' for {@code \\u00XX}, else the letter after the backslash. */
    private static final char[] ESCAPES = new char[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private char[] out;
    private int length;
    /** UTF-8 bytes written beyond one per char: 1 for U+0080–U+07FF, 2 above, 1 per half of a surrogate pair. */
    private long extraUtf8;
    private long wireBytes;
    /** UTF-8 size of the last string written with {@link #string}. */
    private long lastUtf8;

    private TelegramMarkupWriter(int capacity) {
        out = new char[capacity];
    }

    /** Writes {@code keyboard}'s markup, valid or not; read it with {@link #markup()}. */
    static TelegramMarkupWriter write(Keyboard keyboard, int capacity) {
        TelegramMarkupWriter writer = new TelegramMarkupWriter(capacity);
        writer.writeMarkup(keyboard);
        return writer;
    }

    /** The markup written. */
    String markup() {
        return new String(out, 0, length);
    }

    /** The markup's size in UTF-8: {@code markup().getBytes(UTF_8).length}. */
    long utf8Bytes() {
        return length + extraUtf8;
    }

    /** The markup's MTProto size: {@code TelegramMarkupSize.bytes(keyboard)}. */
    long wireBytes() {
        return wireBytes;
    }

    private void writeMarkup(Keyboard keyboard) {
        switch (keyboard.type()) {
            case INLINE -> {
                wireBytes = TelegramMarkupSize.INLINE_MARKUP;
                raw("{\"inline_keyboard\":");
                rows(keyboard.rows());
            }
            case STANDARD -> {
                wireBytes = TelegramMarkupSize.STANDARD_MARKUP;
                raw("{\"keyboard\":");
                rows(keyboard.rows());
                raw(",\"resize_keyboard\":true");
                if (keyboard.oneTime()) {
                    raw(",\"one_time_keyboard\":true");
                }
                if (keyboard.persistent()) {
                    raw(",\"is_persistent\":true");
                }
                String placeholder = keyboard.placeholder().orElse("");
                if (!placeholder.isEmpty()) {
                    raw(",\"input_field_placeholder\":");
                    string(placeholder);
                    wireBytes += TelegramMarkupSize.string(lastUtf8);
                }
            }
            case REMOVE -> {
                wireBytes = TelegramMarkupSize.REMOVE_MARKUP;
                raw("{\"remove_keyboard\":true");
            }
        }
        raw('}');
    }

    private void rows(List<List<Button>> rows) {
        wireBytes += TelegramMarkupSize.ROWS;
        raw('[');
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                raw(',');
            }
            wireBytes += TelegramMarkupSize.ROW;
            raw('[');
            List<Button> row = rows.get(r);
            for (int b = 0; b < row.size(); b++) {
                if (b > 0) {
                    raw(',');
                }
                button(row.get(b));
            }
            raw(']');
        }
        raw(']');
    }

    private void button(Button button) {
        raw("{\"text\":");
        string(button.label());
        long wire = TelegramMarkupSize.BUTTON + TelegramMarkupSize.string(lastUtf8);
        // A switch expression, so javac rejects a ButtonKind without a branch. Kinds the rules
        // reject on a keyboard type are still written, so the markup size can be measured.
        wire += switch (button.kind()) {
            case CALLBACK -> stringField(",\"callback_data\":", ((CallbackButton) button).payload());
            case TEXT -> 0;
            case LINK -> stringField(",\"url\":", ((LinkButton) button).url());
            case LOCATION -> trueField(",\"request_location\":true");
            case CONTACT -> trueField(",\"request_contact\":true");
            case APP -> nestedField(",\"web_app\":{\"url\":", ((AppButton) button).url().orElse(""));
            case COPY -> nestedField(",\"copy_text\":{\"text\":", ((CopyButton) button).text());
            // Never reaches the wire: the rules reject pay buttons (Telegram has them only in invoices).
            case PAY -> trueField(",\"pay\":true");
            // Never reaches the wire either: every validator reports it as NOT_REPRESENTABLE.
            case UNREPRESENTABLE -> {
                raw(',');
                // A key, escaped like any string; it counts for the JSON size, not the MTProto size.
                string(((UnrepresentableButton) button).type());
                raw(":true");
                yield 0;
            }
        };
        String style = TelegramKeyboardWriter.styleName(button.style());
        if (style != null) {
            wire += TelegramMarkupSize.STYLE;
            raw(",\"style\":\"");
            raw(style);
            raw('"');
        }
        raw('}');
        wireBytes += wire;
    }

    private long stringField(String key, String value) {
        raw(key);
        string(value);
        return TelegramMarkupSize.string(lastUtf8);
    }

    private long trueField(String keyAndValue) {
        raw(keyAndValue);
        return 0;
    }

    private long nestedField(String keys, String value) {
        raw(keys);
        string(value);
        raw('}');
        return TelegramMarkupSize.string(lastUtf8);
    }

    /**
     * Writes {@code value} as a quoted JSON string and sets {@link #lastUtf8} to its own UTF-8
     * size, as {@code value.getBytes(UTF_8).length} counts it (an unpaired surrogate is 1 byte).
     */
    private void string(String value) {
        int n = value.length();
        ensure(n + 2);
        char[] buf = out;
        int at = length;
        buf[at++] = '"';
        // Copy the whole string at once, then look for what needs escaping or counting.
        value.getChars(0, n, buf, at);
        int stop = at + n;
        long extra = 0;
        for (int i = at; i < stop; i++) {
            char c = buf[i];
            if (c < 0x80) {
                if (ESCAPES[c] != 0) {
                    length = i;
                    extra += escapedTail(value, i - at);
                    lastUtf8 = n + extra;
                    extraUtf8 += extra;
                    return;
                }
            } else {
                extra += extraUtf8(buf, i, stop);
                if (Character.isHighSurrogate(c) && i + 1 < stop && Character.isLowSurrogate(buf[i + 1])) {
                    i++;
                }
            }
        }
        buf[stop] = '"';
        length = stop + 1;
        extraUtf8 += extra;
        lastUtf8 = n + extra;
    }

    /** UTF-8 bytes beyond one of the non-ASCII char at {@code buf[i]}; a surrogate pair's are counted on its first half. */
    private static int extraUtf8(char[] buf, int i, int stop) {
        char c = buf[i];
        if (c < 0x800) {
            return 1;
        }
        if (!Character.isSurrogate(c)) {
            return 2;
        }
        // A pair is 4 bytes for its 2 chars; an unpaired surrogate becomes '?', 1 byte.
        return Character.isHighSurrogate(c) && i + 1 < stop && Character.isLowSurrogate(buf[i + 1]) ? 2 : 0;
    }

    /**
     * Writes {@code value} from {@code from} on, escaping as it goes, then the closing quote;
     * {@link #length} is where {@code value.charAt(from)} goes. Returns the UTF-8 bytes beyond one
     * per char of that part.
     */
    private long escapedTail(String value, int from) {
        int n = value.length();
        long extra = 0;
        for (int i = from; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80 && ESCAPES[c] != 0) {
                ensure(n - i + 6 + 1);
                char escape = ESCAPES[c];
                char[] buf = out;
                int at = length;
                buf[at++] = '\\';
                if (escape == 'u') {
                    buf[at++] = 'u';
                    buf[at++] = '0';
                    buf[at++] = '0';
                    buf[at++] = HEX[c >> 4];
                    buf[at++] = HEX[c & 0xF];
                } else {
                    buf[at++] = escape;
                }
                length = at;
                continue;
            }
            out[length++] = c;
            if (c >= 0x80) {
                if (c < 0x800) {
                    extra += 1;
                } else if (!Character.isSurrogate(c)) {
                    extra += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    out[length++] = value.charAt(++i);
                    extra += 2;
                }
            }
        }
        out[length++] = '"';
        return extra;
    }

    private void raw(String text) {
        int n = text.length();
        ensure(n);
        text.getChars(0, n, out, length);
        length += n;
    }

    private void raw(char c) {
        ensure(1);
        out[length++] = c;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
