package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.Utf8;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes Telegram's {@code reply_markup} object with a streaming generator. Buttons are
 * {@code "text"}, then exactly one type key (none for a plain reply button), then
 * {@code "style"} if any; no {@code null}, {@code false} or empty placeholder is ever written,
 * because the Bot API takes the first type key present.
 * The markup is written once per call: the size limit is checked on the markup just written,
 * and only a keyboard that breaks a rule is validated again with the full rules, which measure
 * the markup themselves, so the thrown report is exactly {@code Validator}'s.
 * Immutable and thread-safe.
 */
final class TelegramKeyboardWriter implements KeyboardFormat {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** More than the keys and punctuation of any button: {@code {"text":"","request_location":true,"style":"success"},}. */
    private static final int BUTTON_SYNTAX_BYTES = 64;
    /** More than {@code [],} around a row. */
    private static final int ROW_SYNTAX_BYTES = 4;
    /** More than a keyboard's keys and options outside its rows, placeholder text aside (113 at most). */
    private static final int KEYBOARD_SYNTAX_BYTES = 128;

    /** The writer of Telegram's rules: one shared, thread-safe instance. */
    static final TelegramKeyboardWriter INSTANCE = new TelegramKeyboardWriter(TelegramRules.RULES,
            TelegramRules.createWithoutMarkupSize(), TelegramRules.MAX_MARKUP_BYTES);

    private final KeyboardRules rules;
    private final KeyboardRules rulesWithoutSize;
    private final long maxMarkupBytes;

    /**
     * @param rules the rules {@link #rules()} reports and a rejection is validated with
     * @param rulesWithoutSize the same rules without the markup size check
     * @param maxMarkupBytes the size limit {@code rules} check the markup against
     */
    TelegramKeyboardWriter(KeyboardRules rules, KeyboardRules rulesWithoutSize, long maxMarkupBytes) {
        this.rules = checkNotNull(rules, "rules");
        this.rulesWithoutSize = checkNotNull(rulesWithoutSize, "rulesWithoutSize");
        this.maxMarkupBytes = maxMarkupBytes;
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
        if (Validator.validate(keyboard, rulesWithoutSize).isValid()) {
            String markup = markup(keyboard);
            if (withinSize(markup)) {
                return markup;
            }
        }
        Validator.validate(keyboard, rules).orThrow();
        throw new AssertionError("the full rules passed a keyboard the writer rejected: " + keyboard);
    }

    /** A UTF-16 unit takes at most 3 UTF-8 bytes, so short markup needs no counting. */
    private boolean withinSize(String markup) {
        return (long) markup.length() * 3 <= maxMarkupBytes || utf8Length(markup) <= maxMarkupBytes;
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
        // A char[] sink sized for the whole markup: StringWriter's StringBuffer re-checks every
        // flushed char for Latin-1, and a sink that has to grow copies everything written so far.
        CharArrayWriter out = new CharArrayWriter(KEYBOARD_SYNTAX_BYTES + textLength(keyboard));
        writeTo(keyboard, out);
        return out.toString();
    }

    /** The UTF-8 size of {@link #markup(Keyboard)}, as {@code getBytes(UTF_8)} would count it. */
    static long markupBytes(Keyboard keyboard) {
        return utf8Length(markup(keyboard));
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

    private static void writeTo(Keyboard keyboard, Writer out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeMarkup(json, keyboard);
        } catch (IOException e) {
            throw new AssertionError("writing to memory cannot fail", e);
        }
    }

    private static void writeMarkup(JsonGenerator json, Keyboard keyboard) throws IOException {
        json.writeStartObject();
        switch (keyboard.type()) {
            case INLINE -> writeRows(json, "inline_keyboard", keyboard.rows());
            case STANDARD -> {
                writeRows(json, "keyboard", keyboard.rows());
                json.writeBooleanField("resize_keyboard", true);
                if (keyboard.oneTime()) {
                    json.writeBooleanField("one_time_keyboard", true);
                }
                if (keyboard.persistent()) {
                    json.writeBooleanField("is_persistent", true);
                }
                String placeholder = keyboard.placeholder().orElse("");
                if (!placeholder.isEmpty()) {
                    json.writeStringField("input_field_placeholder", placeholder);
                }
            }
            case REMOVE -> json.writeBooleanField("remove_keyboard", true);
        }
        json.writeEndObject();
    }

    private static void writeRows(JsonGenerator json, String field, List<List<Button>> rows) throws IOException {
        json.writeArrayFieldStart(field);
        for (int r = 0; r < rows.size(); r++) {
            List<Button> row = rows.get(r);
            json.writeStartArray();
            for (int b = 0; b < row.size(); b++) {
                writeButton(json, row.get(b));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeButton(JsonGenerator json, Button button) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", button.label());
        // A switch expression, so javac rejects a ButtonKind without a branch. Each branch
        // returns how many type keys it wrote: 0 for a plain reply button, else 1. Kinds the
        // rules reject on a keyboard type are still written, so the markup size can be measured.
        int typeKeys = switch (button.kind()) {
            case CALLBACK -> stringField(json, "callback_data", ((CallbackButton) button).payload());
            case TEXT -> 0;
            case LINK -> stringField(json, "url", ((LinkButton) button).url());
            case LOCATION -> trueField(json, "request_location");
            case CONTACT -> trueField(json, "request_contact");
            case APP -> nestedStringField(json, "web_app", "url", ((AppButton) button).url().orElse(""));
            case COPY -> nestedStringField(json, "copy_text", "text", ((CopyButton) button).text());
            // Never reaches the wire: the rules reject pay buttons (Telegram has them only in invoices).
            case PAY -> trueField(json, "pay");
            // Never reaches the wire either: every validator reports it as NOT_REPRESENTABLE.
            case UNREPRESENTABLE -> trueField(json, ((UnrepresentableButton) button).type());
        };
        assert typeKeys <= 1 : button;
        String style = styleName(button.style());
        if (style != null) {
            json.writeStringField("style", style);
        }
        json.writeEndObject();
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

    private static int stringField(JsonGenerator json, String name, String value) throws IOException {
        json.writeStringField(name, value);
        return 1;
    }

    private static int trueField(JsonGenerator json, String name) throws IOException {
        json.writeBooleanField(name, true);
        return 1;
    }

    private static int nestedStringField(JsonGenerator json, String name, String field, String value)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField(field, value);
        json.writeEndObject();
        return 1;
    }
}
