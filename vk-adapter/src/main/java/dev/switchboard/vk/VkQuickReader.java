package dev.switchboard.vk;

import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.event.Update;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the two envelopes a bot gets most, {@code message_new} without an {@code action} and
 * {@code message_event}, straight from the bytes in one pass, or declines. It checks the whole
 * input against the JSON grammar (RFC 8259: strict numbers, escapes, UTF-8, no control characters
 * in strings) and matches keys and known values as bytes, decoding only the strings an update
 * keeps. It accepts a strict subset of what the Jackson reader accepts and builds the same update
 * from it: anything else (another type, {@code object} before {@code type}, a repeated key it
 * reads, a key with an escape, a value of an unexpected type, an integer of 19 digits or more,
 * nesting deeper than 64, a syntax error anywhere) makes {@link #read} return null, and the
 * Jackson reader then reads the input and reports any error with its path. Stateless between
 * calls; each call has its own instance.
 */
final class VkQuickReader {
    /** Nesting deeper than this is left to the Jackson reader (and its own limit). */
    private static final int MAX_DEPTH = 64;
    /** Keys longer than this are left to the Jackson reader (and its name length limit). */
    private static final int MAX_KEY_BYTES = 1_000;
    /** Inputs larger than this are left to the Jackson reader (and its string and number limits). */
    private static final int MAX_INPUT_BYTES = 1 << 20;
    /** Thrown to decline; preallocated and without a stack trace, so declining costs little. */
    private static final Decline DECLINE = new Decline();

    private static final byte[] TYPE = ascii("type");
    private static final byte[] EVENT_ID = ascii("event_id");
    private static final byte[] GROUP_ID = ascii("group_id");
    private static final byte[] OBJECT = ascii("object");
    private static final byte[] MESSAGE_NEW = ascii("message_new");
    private static final byte[] MESSAGE_EVENT = ascii("message_event");
    private static final byte[] MESSAGE = ascii("message");
    private static final byte[] CLIENT_INFO = ascii("client_info");
    private static final byte[] FROM_ID = ascii("from_id");
    private static final byte[] PEER_ID = ascii("peer_id");
    private static final byte[] USER_ID = ascii("user_id");
    private static final byte[] CONVERSATION_MESSAGE_ID = ascii("conversation_message_id");
    private static final byte[] TEXT = ascii("text");
    private static final byte[] PAYLOAD = ascii("payload");
    private static final byte[] ACTION = ascii("action");
    private static final byte[] BUTTON_ACTIONS = ascii("button_actions");
    private static final byte[] KEYBOARD = ascii("keyboard");
    private static final byte[] INLINE_KEYBOARD = ascii("inline_keyboard");
    private static final byte[] CAROUSEL = ascii("carousel");
    private static final byte[] LANG_ID = ascii("lang_id");
    private static final byte[] P = ascii("p");

    private final byte[] in;
    private final int end;
    private int at;
    /** Start and end of the last key read by {@link #key()}. */
    private int keyStart;
    private int keyEnd;
    private final VkEventFields fields = new VkEventFields();

    private VkQuickReader(byte[] in) {
        this.in = in;
        this.end = in.length;
    }

    /** The update in {@code utf8}, or null when the Jackson reader must read it. */
    static Update read(byte[] utf8) {
        if (utf8.length == 0 || utf8.length > MAX_INPUT_BYTES) {
            return null;
        }
        try {
            return new VkQuickReader(utf8).envelope();
        } catch (Decline | ArrayIndexOutOfBoundsException declined) {
            // A bounds failure is input that ended early: truncated JSON, for the Jackson reader to report.
            return null;
        }
    }

    private Update envelope() {
        whitespace();
        int start = at;
        expect('{');
        VkEventType kind = null;
        String type = null;
        String eventId = null;
        long groupId = 0;
        boolean hasGroupId = false;
        int seen = 0;
        boolean more = firstMember();
        while (more) {
            key();
            if (isKey(TYPE)) {
                seen = once(seen, 1);
                if (in[at] != '"') {
                    throw DECLINE;
                }
                if (matchesString(MESSAGE_NEW)) {
                    kind = VkEventType.MESSAGE_NEW;
                    type = "message_new";
                } else if (matchesString(MESSAGE_EVENT)) {
                    kind = VkEventType.MESSAGE_EVENT;
                    type = "message_event";
                } else {
                    throw DECLINE;
                }
            } else if (isKey(EVENT_ID)) {
                seen = once(seen, 2);
                eventId = nullableString();
            } else if (isKey(GROUP_ID)) {
                seen = once(seen, 4);
                if (!skipNull()) {
                    groupId = integer();
                    hasGroupId = true;
                }
            } else if (isKey(OBJECT)) {
                seen = once(seen, 8);
                if (kind == VkEventType.MESSAGE_NEW) {
                    messageNew();
                } else if (kind == VkEventType.MESSAGE_EVENT) {
                    messageEvent();
                } else {
                    throw DECLINE;
                }
            } else {
                skipValue(1);
            }
            more = nextMember();
        }
        int stop = at;
        whitespace();
        if (at != end || (seen & 8) == 0) {
            throw DECLINE;
        }
        RawJson raw = RawJson.copyOf(in, start, stop - start);
        return VkEnvelopeReader.build(kind, type, Optional.ofNullable(eventId), groupId, hasGroupId, fields, raw);
    }

    private void messageNew() {
        expect('{');
        int seen = 0;
        boolean more = firstMember();
        while (more) {
            key();
            if (isKey(MESSAGE)) {
                seen = once(seen, 1);
                message();
            } else if (isKey(CLIENT_INFO)) {
                seen = once(seen, 2);
                if (!skipNull()) {
                    clientInfo();
                }
            } else {
                skipValue(2);
            }
            more = nextMember();
        }
        if ((seen & 1) == 0) {
            throw DECLINE;
        }
    }

    private void message() {
        VkEventFields f = fields;
        expect('{');
        int seen = 0;
        boolean more = firstMember();
        while (more) {
            key();
            if (isKey(FROM_ID)) {
                seen = once(seen, 1);
                f.fromId = integer();
                f.hasFromId = true;
            } else if (isKey(PEER_ID)) {
                seen = once(seen, 2);
                f.peerId = integer();
                f.hasPeerId = true;
            } else if (isKey(CONVERSATION_MESSAGE_ID)) {
                seen = once(seen, 4);
                if (!skipNull()) {
                    f.messageId = integer();
                    f.hasMessageId = true;
                }
            } else if (isKey(TEXT)) {
                seen = once(seen, 8);
                String text = nullableString();
                f.text = text == null ? null : VkObjectReader.stripMention(text);
            } else if (isKey(PAYLOAD)) {
                seen = once(seen, 16);
                f.payload = payload();
            } else if (isKey(ACTION)) {
                // A membership action makes another update; the Jackson reader decides.
                if (!skipNull()) {
                    throw DECLINE;
                }
                seen = once(seen, 32);
            } else {
                skipValue(3);
            }
            more = nextMember();
        }
        f.hasMessage = true;
        if (!f.hasPeerId || !f.hasMessageId) {
            throw DECLINE;
        }
    }

    private void clientInfo() {
        expect('{');
        int seen = 0;
        int mask = 0;
        Set<String> others = null;
        boolean keyboard = false;
        boolean inlineKeyboard = false;
        boolean carousel = false;
        int langId = -1;
        boolean more = firstMember();
        while (more) {
            key();
            if (skipNull()) {
                // The Jackson reader skips any null member of client_info, repeated or not.
                more = nextMember();
                continue;
            }
            if (isKey(BUTTON_ACTIONS)) {
                seen = once(seen, 1);
                expect('[');
                whitespace();
                if (in[at] == ']') {
                    at++;
                } else {
                    do {
                        whitespace();
                        if (in[at] != '"') {
                            throw DECLINE;
                        }
                        int known = knownAction();
                        if (known >= 0) {
                            mask |= 1 << known;
                        } else {
                            others = others == null ? new HashSet<>() : others;
                            others.add(string());
                        }
                        whitespace();
                    } while (in[at++] == ',');
                    if (in[at - 1] != ']') {
                        throw DECLINE;
                    }
                }
            } else if (isKey(KEYBOARD)) {
                seen = once(seen, 2);
                keyboard = flag();
            } else if (isKey(INLINE_KEYBOARD)) {
                seen = once(seen, 4);
                inlineKeyboard = flag();
            } else if (isKey(CAROUSEL)) {
                seen = once(seen, 8);
                carousel = flag();
            } else if (isKey(LANG_ID)) {
                seen = once(seen, 16);
                long value = integer();
                if (value != (int) value) {
                    throw DECLINE;
                }
                langId = (int) value;
            } else {
                skipValue(3);
            }
            more = nextMember();
        }
        fields.client = VkClientInfo.capabilities(mask, others, keyboard, inlineKeyboard, carousel, langId);
    }

    private void messageEvent() {
        VkEventFields f = fields;
        expect('{');
        int seen = 0;
        boolean more = firstMember();
        while (more) {
            key();
            if (isKey(EVENT_ID)) {
                seen = once(seen, 1);
                if (in[at] != '"') {
                    throw DECLINE;
                }
                f.pressId = string();
            } else if (isKey(USER_ID)) {
                seen = once(seen, 2);
                f.userId = integer();
                f.hasUserId = true;
            } else if (isKey(PEER_ID)) {
                seen = once(seen, 4);
                f.peerId = integer();
                f.hasPeerId = true;
            } else if (isKey(CONVERSATION_MESSAGE_ID)) {
                seen = once(seen, 8);
                if (!skipNull()) {
                    f.messageId = integer();
                    f.hasMessageId = true;
                }
            } else if (isKey(PAYLOAD)) {
                seen = once(seen, 16);
                f.payload = payload();
            } else {
                skipValue(2);
            }
            more = nextMember();
        }
        if ((seen & 7) != 7) {
            throw DECLINE;
        }
    }

    /**
     * A button payload as {@link VkJson#payload} reads it: null, a string decoded with
     * {@link VkPayload#decode}, {@code {"p":"…"}}'s string, or the exact text of another object or
     * an array. Other scalars are declined.
     */
    private String payload() {
        byte c = in[at];
        if (c == 'n') {
            literal("null");
            return null;
        }
        if (c == '"') {
            return VkPayload.decode(string());
        }
        if (c != '{' && c != '[') {
            throw DECLINE;
        }
        int start = at;
        if (c == '{') {
            at++;
            whitespace();
            if (in[at] == '"') {
                key();
                if (isKey(P) && in[at] == '"') {
                    String payload = string();
                    whitespace();
                    if (in[at] == '}') {
                        at++;
                        return payload;
                    }
                }
            }
            at = start;
        }
        skipValue(3);
        return new String(in, start, at - start, StandardCharsets.UTF_8);
    }

    /** Reads a key and its colon, leaving {@link #at} on the value; a key with an escape is declined. */
    private void key() {
        expect('"');
        int start = at;
        int limit = Math.min(end, start + MAX_KEY_BYTES);
        while (true) {
            if (at >= limit) {
                throw DECLINE;
            }
            byte c = in[at];
            if (c == '"') {
                break;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                throw DECLINE;
            }
            if (c < 0) {
                utf8Sequence();
            } else {
                at++;
            }
        }
        keyStart = start;
        keyEnd = at;
        at++;
        whitespace();
        expect(':');
        whitespace();
    }

    private boolean isKey(byte[] name) {
        return keyEnd - keyStart == name.length && regionEquals(keyStart, name);
    }

    /** True, consuming the string, when the string at {@link #at} is exactly {@code value}, unescaped. */
    private boolean matchesString(byte[] value) {
        int start = at + 1;
        int close = start + value.length;
        if (close < end && in[close] == '"' && regionEquals(start, value)) {
            at = close + 1;
            return true;
        }
        return false;
    }

    /** Index in VK's known {@code button_actions} of the string at {@link #at}, consuming it, or -1. */
    private int knownAction() {
        int start = at + 1;
        for (int close = start; close < end; close++) {
            byte c = in[close];
            if (c == '"') {
                int known = VkClientInfo.knownIndex(in, start, close - start);
                if (known >= 0) {
                    at = close + 1;
                }
                return known;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                // An escaped name may still be a known one: the Jackson reader decides.
                throw DECLINE;
            }
        }
        return -1;
    }

    private boolean regionEquals(int start, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (in[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** After an object's '{': true when a member follows, false after an empty object's '}'. */
    private boolean firstMember() {
        whitespace();
        if (in[at] == '}') {
            at++;
            return false;
        }
        return true;
    }

    /** After a member's value: true when another member follows its ',', false after the object's '}'. */
    private boolean nextMember() {
        whitespace();
        byte c = in[at++];
        if (c == ',') {
            whitespace();
            return true;
        }
        if (c != '}') {
            throw DECLINE;
        }
        return false;
    }

    private static int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw DECLINE;
        }
        return seen | bit;
    }

    /** Consumes a {@code null} at {@link #at} and returns true, or returns false for any other value. */
    private boolean skipNull() {
        if (in[at] == 'n') {
            literal("null");
            return true;
        }
        return false;
    }

    private String nullableString() {
        if (skipNull()) {
            return null;
        }
        if (in[at] != '"') {
            throw DECLINE;
        }
        return string();
    }

    /** A VK boolean as {@link VkJson#flag} reads it: true, false, or an integer other than 0. */
    private boolean flag() {
        byte c = in[at];
        if (c == 't') {
            literal("true");
            return true;
        }
        if (c == 'f') {
            literal("false");
            return false;
        }
        return integer() != 0;
    }

    /** An integer of at most 18 digits (so it fits a long); a fraction, exponent or anything else is declined. */
    private long integer() {
        boolean negative = in[at] == '-';
        if (negative) {
            at++;
        }
        int start = at;
        long value = 0;
        while (at < end && in[at] >= '0' && in[at] <= '9') {
            value = value * 10 + (in[at++] - '0');
        }
        int digits = at - start;
        if (digits == 0 || digits > 18 || (digits > 1 && in[start] == '0')) {
            throw DECLINE;
        }
        if (at < end && (in[at] == '.' || in[at] == 'e' || in[at] == 'E')) {
            throw DECLINE;
        }
        return negative ? -value : value;
    }

    /** Decodes the string at {@link #at}'s opening quote, escapes and UTF-8 included. */
    private String string() {
        int start = ++at;
        boolean ascii = true;
        while (true) {
            byte c = in[at];
            if (c == '"') {
                at++;
                return ascii ? new String(in, start, at - 1 - start, StandardCharsets.ISO_8859_1)
                        : new String(in, start, at - 1 - start, StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                return escapedString(start);
            }
            if (c >= 0 && c < 0x20) {
                throw DECLINE;
            }
            if (c < 0) {
                ascii = false;
                utf8Sequence();
            } else {
                at++;
            }
        }
    }

    /** The rest of {@link #string()} once an escape is met at {@link #at}; {@code start} is the content's start. */
    private String escapedString(int start) {
        StringBuilder text = new StringBuilder(at - start + 16);
        text.append(new String(in, start, at - start, StandardCharsets.UTF_8));
        while (true) {
            byte c = in[at];
            if (c == '"') {
                at++;
                return text.toString();
            }
            if (c == '\\') {
                text.append(escape());
            } else if (c >= 0 && c < 0x20) {
                throw DECLINE;
            } else {
                int run = at;
                while (in[at] != '"' && in[at] != '\\') {
                    byte b = in[at];
                    if (b >= 0 && b < 0x20) {
                        throw DECLINE;
                    }
                    if (b < 0) {
                        utf8Sequence();
                    } else {
                        at++;
                    }
                }
                text.append(new String(in, run, at - run, StandardCharsets.UTF_8));
            }
        }
    }

    /** The char of the escape at {@link #at}'s backslash; JSON's eight short escapes and {@code \\uXXXX}. */
    private char escape() {
        byte c = in[at + 1];
        at += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    value = value << 4 | hex(in[at++]);
                }
                return (char) value;
            default:
                throw DECLINE;
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw DECLINE;
    }

    /**
     * Consumes one multi-byte UTF-8 sequence at {@link #at}, declining anything that is not
     * well-formed (RFC 3629): a stray continuation byte, an overlong form, a surrogate, or a code
     * point above U+10FFFF.
     */
    private void utf8Sequence() {
        int lead = in[at] & 0xFF;
        int length;
        int min;
        int codePoint;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = 0x800;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = 0x10000;
            codePoint = lead & 0x07;
        } else {
            throw DECLINE;
        }
        for (int i = 1; i < length; i++) {
            int next = in[at + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw DECLINE;
            }
            codePoint = codePoint << 6 | (next & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw DECLINE;
        }
        at += length;
    }

    /** Checks and skips any JSON value at {@link #at}; {@code depth} counts the containers around it. */
    private void skipValue(int depth) {
        byte c = in[at];
        switch (c) {
            case '"' -> skipString();
            case '{' -> skipObject(depth + 1);
            case '[' -> skipArray(depth + 1);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> skipNumber();
        }
    }

    private void skipString() {
        at++;
        while (true) {
            byte c = in[at];
            if (c == '"') {
                at++;
                return;
            }
            if (c == '\\') {
                escape();
            } else if (c >= 0 && c < 0x20) {
                throw DECLINE;
            } else if (c < 0) {
                utf8Sequence();
            } else {
                at++;
            }
        }
    }

    private void skipObject(int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        at++;
        boolean more = firstMember();
        while (more) {
            key();
            skipValue(depth);
            more = nextMember();
        }
    }

    private void skipArray(int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        at++;
        whitespace();
        if (in[at] == ']') {
            at++;
            return;
        }
        while (true) {
            whitespace();
            skipValue(depth);
            whitespace();
            byte c = in[at++];
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw DECLINE;
            }
        }
    }

    /** A number by JSON's grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, at most 100 bytes. */
    private void skipNumber() {
        int start = at;
        if (in[at] == '-') {
            at++;
        }
        if (in[at] == '0') {
            at++;
        } else if (digits() == 0) {
            throw DECLINE;
        }
        if (at < end && in[at] == '.') {
            at++;
            if (digits() == 0) {
                throw DECLINE;
            }
        }
        if (at < end && (in[at] == 'e' || in[at] == 'E')) {
            at++;
            if (in[at] == '+' || in[at] == '-') {
                at++;
            }
            if (digits() == 0) {
                throw DECLINE;
            }
        }
        if (at - start > 100) {
            throw DECLINE;
        }
    }

    private int digits() {
        int start = at;
        while (at < end && in[at] >= '0' && in[at] <= '9') {
            at++;
        }
        return at - start;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in[at + i] != word.charAt(i)) {
                throw DECLINE;
            }
        }
        at += word.length();
    }

    private void expect(char c) {
        if (in[at] != c) {
            throw DECLINE;
        }
        at++;
    }

    private void whitespace() {
        while (at < end) {
            byte c = in[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The reader's way out: the input is left to the Jackson reader. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super("left to the Jackson reader", null, false, false);
        }
    }
}
