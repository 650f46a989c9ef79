package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Jackson's syntax errors as one clean line for a person: what is wrong ({@code malformed JSON: …},
 * {@code truncated JSON: …}, {@code duplicate key "label"}) without Jackson's own notes on where its input
 * came from ({@code [Source: (ByteArrayInputStream); line: 1, column: 1]}), and the path the parser was at
 * ({@code rows[0][1].label}), named like {@link FieldPaths}. The layout reader and the readers of the
 * platforms' keyboard JSON report syntax errors this way. Stateless.
 */
public final class JsonErrors {
    private static final String DUPLICATE = "Duplicate field '";

    private JsonErrors() {
    }

    /**
     * What is wrong, on one line: {@code duplicate key "label"}, {@code truncated JSON: Unexpected end-of-input:
     * expected close marker for Object} or {@code malformed JSON: <Jackson's message>}.
     */
    public static String problem(JsonProcessingException e) {
        String original = withoutSource(e.getOriginalMessage());
        Optional<String> duplicate = duplicateKey(e);
        if (duplicate.isPresent()) {
            StringBuilder quoted = new StringBuilder("duplicate key \"");
            JsonStringEncoder.getInstance().quoteAsString(duplicate.get(), quoted);
            return quoted.append('"').toString();
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "truncated JSON: " + original;
        }
        return "malformed JSON: " + original;
    }

    /**
     * The path the parser was at when {@code e} was thrown: the containers open around the error, the field
     * whose value was being read and, for a duplicate key, that key ({@code rows[0][1].label}); {@code $} at the
     * top; empty when {@code e} does not come from a parser.
     */
    public static Optional<String> path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return Optional.empty();
        }
        JsonStreamContext innermost = parser.getParsingContext();
        boolean withInnermostName = duplicateKey(e).isPresent() || parser.currentToken() == JsonToken.FIELD_NAME;
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = innermost; c != null && !c.inRoot(); c = c.getParent()) {
            if (c != innermost || withInnermostName && c.inObject()) {
                chain.push(c);
            }
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                FieldPaths.appendName(path, c.getCurrentName());
            }
        }
        return Optional.of(path.length() == 0 ? "$" : path.toString());
    }

    /** The key a duplicate-key error is about, as the parser read it. */
    private static Optional<String> duplicateKey(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original == null || !original.startsWith(DUPLICATE) || !(e.getProcessor() instanceof JsonParser parser)) {
            return Optional.empty();
        }
        return Optional.ofNullable(parser.getParsingContext().getCurrentName());
    }

    /**
     * Jackson's message without its notes on where a container started ({@code (start marker at [Source: …])},
     * {@code (for Array starting at [Source: …])}), whose place the caller gives, on one line.
     */
    public static String withoutSource(String message) {
        if (message == null) {
            return "";
        }
        String text = message;
        int source = text.indexOf("[Source:");
        while (source >= 0) {
            int note = text.lastIndexOf(" (", source);
            int end = text.indexOf(']', source);
            if (note >= 0) {
                int close = end < 0 ? -1 : text.indexOf(')', end);
                text = text.substring(0, note) + (close < 0 ? "" : text.substring(close + 1));
            } else {
                text = text.substring(0, source) + (end < 0 ? "" : text.substring(end + 1));
            }
            source = text.indexOf("[Source:");
        }
        return text.replaceAll("\\s+", " ").trim();
    }
}
