package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.UpdateParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The input of {@code switchboard parse} cut into its top-level JSON values (one, or several
 * separated by whitespace, as in NDJSON), each marked as a batch or a single update by a look
 * at its top level only: an array, or an object with a {@code result}, {@code updates},
 * {@code ok} or {@code failed} key (a Telegram {@code getUpdates} or VK Long Poll response,
 * error answers included), is a batch; anything else is one update. Values are only
 * delimited here; the platform's reader parses each one.
 *
 * <p>When the JSON breaks inside a value, that value runs to the end of the input, so the
 * reader meets the same error and reports it with its place.
 */
final class UpdateInput {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> BATCH_KEYS = Set.of("result", "updates", "ok", "failed");

    /**
     * One top-level value.
     *
     * @param start byte offset of its first byte
     * @param end byte offset after its last byte
     * @param batch whether it is read as a batch
     * @param line 1-based line of its first byte in the whole input
     * @param column 1-based column (in bytes, as Jackson counts for byte input) of its first byte
     */
    record Value(int start, int end, boolean batch, int line, int column) {
        /** Its bytes. */
        byte[] bytes(byte[] input) {
            return Arrays.copyOfRange(input, start, end);
        }

        /**
         * The error's message with its line and column moved from the value's own text to the
         * whole input (the reader saw only this value, so its line 1 is this value's line).
         */
        String describe(UpdateParseException error) {
            String message = error.getMessage();
            String field = error.field().orElse(null);
            String where = where(field, error.line(), error.column());
            if (error.line() <= 0 || (line == 1 && column == 1) || !message.startsWith(where)) {
                return message;
            }
            int inputLine = error.line() + line - 1;
            int inputColumn = error.line() == 1 ? error.column() + column - 1 : error.column();
            return where(field, inputLine, inputColumn) + message.substring(where.length());
        }

        /** The place as {@link UpdateParseException} writes it at the start of its message. */
        private static String where(String field, int line, int column) {
            return (field == null ? "" : field + " ") + "(line " + line + ", column " + column + ")";
        }
    }

    private final byte[] input;
    private final List<Value> values = new ArrayList<>();
    /** A batch key was seen at the top level of the object being skipped. */
    private boolean sawBatchKey;

    private UpdateInput(byte[] input) {
        this.input = input;
    }

    /** The top-level values, in order; empty when the input holds only whitespace. */
    static List<Value> split(byte[] input) {
        UpdateInput split = new UpdateInput(input);
        try (JsonParser parser = JSON.createParser(input)) {
            split.readValues(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        return split.values;
    }

    private void readValues(JsonParser parser) throws IOException {
        int end = 0;
        int line = 1;
        int column = 1;
        while (true) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                addRest(end, line, column);
                return;
            }
            if (first == null) {
                return;
            }
            JsonLocation start = parser.currentTokenLocation();
            sawBatchKey = first == JsonToken.START_ARRAY;
            try {
                if (first == JsonToken.START_OBJECT) {
                    skipObject(parser);
                } else {
                    parser.skipChildren();
                    // A string is read lazily; finish it so the location is past its closing quote.
                    parser.finishToken();
                }
            } catch (JsonProcessingException e) {
                values.add(new Value((int) start.getByteOffset(), input.length, sawBatchKey, start.getLineNr(),
                        start.getColumnNr()));
                return;
            }
            JsonLocation after = parser.currentLocation();
            end = (int) after.getByteOffset();
            values.add(new Value((int) start.getByteOffset(), end, sawBatchKey, start.getLineNr(),
                    start.getColumnNr()));
            line = after.getLineNr();
            column = after.getColumnNr();
        }
    }

    /** Skips the object the parser stands on, noting whether a top-level key marks a batch. */
    private void skipObject(JsonParser parser) throws IOException {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (BATCH_KEYS.contains(name)) {
                sawBatchKey = true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
    }

    /**
     * Jackson could not even start the next value: it runs from the first non-blank byte after
     * {@code from} (at {@code line}, {@code column}) to the end of the input.
     */
    private void addRest(int from, int line, int column) {
        int at = from;
        while (at < input.length && isBlank(input[at])) {
            if (input[at] == '\n' || input[at] == '\r') {
                if (input[at] == '\r' && at + 1 < input.length && input[at + 1] == '\n') {
                    at++;
                }
                line++;
                column = 1;
            } else {
                column++;
            }
            at++;
        }
        if (at < input.length) {
            values.add(new Value(at, input.length, false, line, column));
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
