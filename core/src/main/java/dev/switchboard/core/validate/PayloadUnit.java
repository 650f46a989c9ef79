package dev.switchboard.core.validate;

import com.google.common.base.Utf8;

/**
 * How a platform measures a payload: Telegram counts {@code callback_data} in UTF-8 bytes,
 * VK counts its payload JSON text in UTF-16 code units (as {@link String#length()}).
 */
public enum PayloadUnit {
    /** UTF-8 bytes: a Cyrillic letter is 2, an emoji 4. */
    BYTES_UTF8("bytes"),
    /** UTF-16 code units: a Cyrillic letter is 1, an emoji 2. */
    CHARS("characters");

    private final String word;

    PayloadUnit(String word) {
        this.word = word;
    }

    /** The size of {@code text} in this unit. */
    public int measure(String text) {
        return this == BYTES_UTF8 ? Utf8.encodedLength(text) : text.length();
    }

    /** The unit's name in messages: {@code bytes} or {@code characters}. */
    public String word() {
        return word;
    }
}
