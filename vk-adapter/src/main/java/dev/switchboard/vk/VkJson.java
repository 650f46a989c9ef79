package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.spi.FieldPaths;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Value readers and errors shared by the VK update readers. Each reader takes the parser positioned
 * on the value (after {@code nextToken()}) and the field's path for its error. Stateless.
 */
final class VkJson {
    private VkJson() {
    }

    static long longValue(JsonParser p, VkSource src, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, src, field, "an integer");
        }
        if (p.getNumberType() == NumberType.BIG_INTEGER) {
            throw src.error("integer " + p.getText() + " is out of the 64-bit range", field, p.currentTokenLocation(),
                    null);
        }
        return p.getLongValue();
    }

    static int intValue(JsonParser p, VkSource src, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, src, field, "an integer");
        }
        if (p.getNumberType() != NumberType.INT) {
            throw src.error("integer " + p.getText() + " is out of the 32-bit range", field, p.currentTokenLocation(),
                    null);
        }
        return p.getIntValue();
    }

    static String string(JsonParser p, VkSource src, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, src, field, "a string");
        }
        return p.getText();
    }

    /** A VK boolean: {@code true}/{@code false} or an integer ({@code 0} false, anything else true). */
    static boolean flag(JsonParser p, VkSource src, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == NumberType.BIG_INTEGER || p.getLongValue() != 0;
        }
        throw wrongType(p, src, field, "a boolean or 0/1");
    }

    /**
     * A button payload, wherever VK puts one. An object whose only key is {@code "p"} with a string
     * value gives that string; any other object or array gives its exact JSON text; a string is
     * decoded with {@link VkPayload#decode}; another scalar gives its text; null gives null.
     */
    static String payload(JsonParser p, VkSource src) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                return VkPayload.decode(p.getText());
            case START_OBJECT:
                return payloadObject(p, src);
            case START_ARRAY:
                long start = p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                return src.text(start, p.currentLocation().getByteOffset());
            default:
                return p.getText();
        }
    }

    private static String payloadObject(JsonParser p, VkSource src) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        JsonStreamContext outer = p.getParsingContext().getParent();
        if (p.nextToken() == JsonToken.FIELD_NAME && "p".equals(p.currentName())
                && p.nextToken() == JsonToken.VALUE_STRING) {
            String payload = p.getText();
            if (p.nextToken() == JsonToken.END_OBJECT) {
                return payload;
            }
        }
        skipTo(p, outer);
        return src.text(start, p.currentLocation().getByteOffset());
    }

    /**
     * Moves {@code p} to the end of the value being read inside {@code outer}: afterwards its
     * context is {@code outer} and its token the END of that value (or the scalar itself).
     */
    static void skipTo(JsonParser p, JsonStreamContext outer) throws IOException {
        while (p.getParsingContext() != outer) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (p.nextToken() == null) {
                return;
            }
        }
    }

    static UpdateParseException wrongType(JsonParser p, VkSource src, String field, String expected) {
        return src.error("expected " + expected + ", found " + describe(p.currentToken()), field,
                p.currentTokenLocation(), null);
    }

    /** A required field is missing; reported at the closing brace of the object that lacks it. */
    static UpdateParseException missing(JsonParser p, VkSource src, String field) {
        return src.error("missing required field", field, p.currentTokenLocation(), null);
    }

    /**
     * Jackson's error as an {@link UpdateParseException}, naming the path the parser was at,
     * relative to {@code outer} (null: the whole input).
     */
    static UpdateParseException translate(JsonProcessingException e, JsonParser p, VkSource src,
                                          JsonStreamContext outer) {
        String original = withoutJacksonLocation(e.getOriginalMessage());
        String problem;
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            problem = "truncated JSON: ";
        } else if (e instanceof StreamConstraintsException) {
            problem = "input exceeds a parser limit: ";
        } else {
            problem = "malformed JSON: ";
        }
        String field = p == null ? null : path(p.getParsingContext(), outer, src.pathPrefix());
        return src.error(problem + original, field,
                e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation(), e);
    }

    /**
     * A dotted path such as {@code object.client_info.button_actions[2]}, or null for the top. A
     * field name that is empty or not a plain word is written quoted, {@code object.message[""]}.
     */
    static String path(JsonStreamContext context, JsonStreamContext outer, String prefix) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && c != outer && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder(prefix);
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                FieldPaths.appendName(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    /**
     * Jackson's message without its own note on where a container started ("(start marker at
     * [Source: …])", "(for Array starting at [Source: …])"), whose place we already give.
     */
    static String withoutJacksonLocation(String message) {
        int source = message == null ? -1 : message.indexOf("[Source:");
        int note = source < 0 ? -1 : message.lastIndexOf(" (", source);
        return note < 0 ? String.valueOf(message) : message.substring(0, note);
    }
}
