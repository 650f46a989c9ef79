package dev.switchboard.telegram;

import java.io.Writer;

/**
 * A {@link Writer} that keeps nothing and counts the UTF-8 bytes of what it is given, exactly
 * as {@code String.getBytes(UTF_8)} would: a surrogate pair is 4 bytes, and an unpaired
 * surrogate is 1 (encoded as {@code ?}). Counts markup that holds an unpaired surrogate, which
 * Guava's {@code Utf8.encodedLength} refuses. Not thread-safe; one per measurement.
 */
final class TelegramUtf8Counter extends Writer {
    private long bytes;
    private boolean highSurrogatePending;

    @Override
    public void write(int c) {
        count((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            count(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            count(text.charAt(i));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The bytes counted so far. */
    long bytes() {
        return highSurrogatePending ? bytes + 1 : bytes;
    }

    private void count(char c) {
        if (highSurrogatePending) {
            highSurrogatePending = false;
            if (Character.isLowSurrogate(c)) {
                bytes += 4;
                return;
            }
            bytes += 1;
        }
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (Character.isHighSurrogate(c)) {
            highSurrogatePending = true;
        } else if (Character.isLowSurrogate(c)) {
            bytes += 1;
        } else {
            bytes += 3;
        }
    }
}
