package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonLocation;
import dev.switchboard.core.event.UpdateParseException;
import java.nio.charset.StandardCharsets;

/**
 * The input a parser reads, and where that parser's byte 0, line 1 and column 1 sit in it. A parser
 * made over a part of the input (an {@code object} read after its {@code type}) reports positions
 * relative to that part; this maps them back so errors name the line and column of the whole input.
 *
 * @param bytes the whole input
 * @param offset index in {@code bytes} of the parser's first byte
 * @param line line of the input on which the parser starts (1-based)
 * @param column column of the input at which the parser starts (1-based)
 * @param pathPrefix field path of the part the parser reads, {@code ""} for the whole input
 */
record VkSource(byte[] bytes, int offset, int line, int column, String pathPrefix) {

    static VkSource of(byte[] bytes) {
        return new VkSource(bytes, 0, 1, 1, "");
    }

    /** The part of this input that starts at {@code start} (a location from a parser of this source). */
    VkSource part(JsonLocation start, String prefix) {
        return new VkSource(bytes, offset + (int) start.getByteOffset(), lineOf(start), columnOf(start), prefix);
    }

    /** The UTF-8 text between two byte offsets reported by a parser of this source. */
    String text(long start, long end) {
        return new String(bytes, offset + (int) start, (int) (end - start), StandardCharsets.UTF_8);
    }

    /** An error about {@code field} (a path, or null) at a location reported by a parser of this source. */
    UpdateParseException error(String problem, String field, JsonLocation at, Throwable cause) {
        return new UpdateParseException(problem, field, lineOf(at), columnOf(at), cause);
    }

    int lineOf(JsonLocation at) {
        int atLine = at == null ? 0 : at.getLineNr();
        return atLine <= 0 ? 0 : line + atLine - 1;
    }

    int columnOf(JsonLocation at) {
        if (at == null || at.getLineNr() <= 0 || at.getColumnNr() <= 0) {
            return 0;
        }
        return at.getLineNr() == 1 ? column + at.getColumnNr() - 1 : at.getColumnNr();
    }
}
