package dev.switchboard.telegram;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.spi.FieldPaths;
import dev.switchboard.core.spi.JsonErrors;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Typed reads of the value the parser stands on, each failing with an
 * {@link UpdateParseException} that names the field's path and the value's line and column.
 * Paths are passed whole, as constants, so nothing is concatenated unless a read fails.
 */
final class TelegramJson {
    private TelegramJson() {
    }

    /** The current value as a {@code long}; it must be an integer that fits in 64 bits. */
    static long longValue(JsonParser p, String path) throws IOException {
        requireLongToken(p, path);
        return p.getLongValue();
    }

    /** The current integer value's text, as Telegram wrote it (for {@code update_id}). */
    static String integerText(JsonParser p, String path) throws IOException {
        requireLongToken(p, path);
        return p.getText();
    }

    /** The current value as a string; a number is accepted and kept as its text. */
    static String stringOrNumber(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(p, path, "a string");
        }
        return p.getText();
    }

    /** The current value as a string. */
    static String string(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, path, "a string");
        }
        return p.getText();
    }

    /** The current value as a boolean. */
    static boolean bool(JsonParser p, String path) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType(p, path, "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /**
     * The {@code id} of the object the parser stands on (a User or Chat); other fields are skipped.
     *
     * @param path the object's path, for errors
     * @param idPath the id's path, for errors
     */
    static long objectId(JsonParser p, String path, String idPath) throws IOException {
        requireObject(p, path);
        long id = 0;
        boolean found = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (name.equals("id")) {
                id = longValue(p, idPath);
                found = true;
            } else {
                p.skipChildren();
            }
        }
        if (!found) {
            throw missing(p, idPath);
        }
        return id;
    }

    /** Fails unless the parser stands on the start of an object. */
    static void requireObject(JsonParser p, String path) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(p, path, "an object");
        }
    }

    /** True when the current value is JSON {@code null}, which counts as absent for optional fields. */
    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    /** A required field is missing; reported at the token the parser stands on (the object's end). */
    static UpdateParseException missing(JsonParser p, String path) {
        return at(p, path, "required field is missing", null);
    }

    /** A value has the wrong JSON type. */
    static UpdateParseException wrongType(JsonParser p, String path, String expected) {
        return at(p, path, "expected " + expected + ", got " + describe(p.currentToken()), null);
    }

    /** A problem with the value the parser stands on. */
    static UpdateParseException at(JsonParser p, String path, String problem, Throwable cause) {
        JsonLocation location = p.currentTokenLocation();
        return new UpdateParseException(problem, path, Math.max(location.getLineNr(), 0),
                Math.max(location.getColumnNr(), 0), cause);
    }

    /**
     * Jackson's syntax or size error, translated: its own message and location, and the path of
     * the innermost open container below {@code baseDepth} (the update's own nesting depth),
     * plus the field being read if the error came while reading its value.
     */
    static UpdateParseException syntaxError(JsonProcessingException e, JsonParser p, int baseDepth) {
        // Size-limit errors (StreamConstraintsException) carry no location; the parser knows it.
        JsonLocation location = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        String path = p == null || baseDepth < 1 ? null
                : pathOf(p.getParsingContext(), baseDepth, p.currentToken() == JsonToken.FIELD_NAME);
        return new UpdateParseException(JsonErrors.problem(e), path, line, column, e);
    }

    /**
     * A dotted path such as {@code callback_query.message.reply_markup.inline_keyboard[0]}, or null.
     * A field name that is empty or not a plain word is written quoted, {@code message[""]}.
     */
    private static String pathOf(JsonStreamContext innermost, int baseDepth, boolean inFieldValue) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = innermost; c != null && c.getNestingDepth() >= baseDepth; c = c.getParent()) {
            if (c != innermost || inFieldValue && c.inObject()) {
                chain.push(c);
            }
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() == null) {
                break;
            } else {
                FieldPaths.appendName(path, c.getCurrentName());
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static void requireLongToken(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, path, "an integer");
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw at(p, path, "integer does not fit in 64 bits", null);
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
