package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.switchboard.core.layout.LayoutException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

/**
 * A strict, streaming view of one keyboard JSON document for the adapters' keyboard readers:
 * duplicate keys are errors, and every problem becomes a {@link LayoutException} naming the line,
 * column and JSON path. A document that is a JSON <em>string</em> is read as the JSON text it holds
 * (the form Telegram's {@code reply_markup} and VK's {@code keyboard} take as request parameters);
 * lines and columns then count inside that text. Not thread-safe; one instance per document.
 */
public final class KeyboardJsonInput {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser parser;

    private KeyboardJsonInput(JsonParser parser) {
        this.parser = parser;
    }

    /** Opens {@code json}, unwrapping a JSON string that holds the document; the first token is current. */
    public static KeyboardJsonInput open(String json) {
        checkNotNull(json, "json");
        try {
            JsonParser outer = JSON.createParser(json);
            if (outer.nextToken() == JsonToken.VALUE_STRING) {
                String inner = outer.getText();
                if (outer.nextToken() != null) {
                    throw error("unexpected content after the JSON string", "$", outer.currentTokenLocation());
                }
                JsonParser parser = JSON.createParser(inner);
                parser.nextToken();
                return new KeyboardJsonInput(parser);
            }
            return new KeyboardJsonInput(outer);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Moves to the next token. */
    public JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** The current token. */
    public JsonToken current() {
        return parser.currentToken();
    }

    /** The current field name, when the current token is a field name. */
    public String fieldName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Throws unless the current token is {@code expected}; {@code what} describes it in the message. */
    public void expect(JsonToken expected, String path, String what) {
        if (current() != expected) {
            throw error("expected " + what + ", found " + describe(current()), path);
        }
    }

    /** True if the current token is {@code null}. */
    public boolean isNull() {
        return current() == JsonToken.VALUE_NULL;
    }

    /** The current boolean. */
    public boolean bool(String path) {
        if (current() != JsonToken.VALUE_TRUE && current() != JsonToken.VALUE_FALSE) {
            throw error("expected true or false, found " + describe(current()), path);
        }
        return current() == JsonToken.VALUE_TRUE;
    }

    /** The current string. */
    public String string(String path) {
        expect(JsonToken.VALUE_STRING, path, "a string");
        try {
            return parser.getText();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** The current integer. */
    public long integer(String path) {
        expect(JsonToken.VALUE_NUMBER_INT, path, "an integer");
        try {
            return parser.getLongValue();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** The current value as compact JSON text (a string value is not unquoted); moves to its last token. */
    public String valueText() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.copyCurrentStructure(parser);
        } catch (IOException e) {
            throw translate(e);
        }
        return text.toString();
    }

    /** Skips the current value with everything inside it. */
    public void skip() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Throws unless the document ended. */
    public void end() {
        if (next() != null) {
            throw error("unexpected content after the keyboard object", "$");
        }
    }

    /** Where a token starts, to name in a later error. */
    public record Position(int line, int column) {
    }

    /** The position of the current token. */
    public Position position() {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /** An input error at an earlier {@link #position()}. */
    public LayoutException error(String problem, String path, Position at) {
        return LayoutException.at(problem, at.line(), at.column(), path);
    }

    /** An input error at the current token. */
    public LayoutException error(String problem, String path) {
        return error(problem, path, parser.currentTokenLocation());
    }

    /** {@code path.field}, with the field quoted when it is not a plain word. */
    public static String fieldPath(String path, String field) {
        StringBuilder builder = new StringBuilder(path.equals("$") ? "" : path);
        FieldPaths.appendName(builder, field);
        return builder.toString();
    }

    private static LayoutException error(String problem, String path, JsonLocation location) {
        return LayoutException.at(problem, location.getLineNr(), location.getColumnNr(), path);
    }

    private static LayoutException translate(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation location = json.getLocation();
            return LayoutException.at(JsonErrors.problem(json), location.getLineNr(), location.getColumnNr(),
                    JsonErrors.path(json).orElse(null));
        }
        return LayoutException.at("cannot read keyboard JSON: " + e.getMessage(), 0, 0, null);
    }

    /** A token for a message: {@code an object}, {@code a string}, {@code null}, {@code the end of the input}. */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name().toLowerCase(Locale.ROOT) : token.asString();
        };
    }
}
