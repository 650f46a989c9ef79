package dev.switchboard.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream, one at a time, in constant memory: a line over {@code maxBytes}
 * is not kept but skipped to its end and marked too long. A line ends at {@code \n}; a {@code \r}
 * before it is dropped. Not thread-safe.
 */
final class NdjsonLines {
    /** One line: its 1-based number, and its bytes unless it was too long. */
    record Line(long number, byte[] bytes, boolean tooLong) {
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return !tooLong;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long number;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < maxBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        number++;
        byte[] bytes = tooLong ? new byte[0] : line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, tooLong);
    }
}
