package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Telegram updates and {@code getUpdates} responses with one streaming pass per call
 * over the UTF-8 bytes, keeping each update's exact bytes as its raw JSON. Jackson's default
 * read limits apply (nesting depth 1000, strings of 20 M characters, numbers of 1000 digits),
 * so deep or huge input ends in an {@link UpdateParseException}, never a stack overflow.
 * Stateless and thread-safe.
 */
final class TelegramUpdateReader implements UpdateReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** The nesting depth of an update read on its own: the root object. */
    private static final int SINGLE_UPDATE_DEPTH = 1;
    private static final int EXPECTED_BATCH_SIZE = 16;
    /** The one shared reader. */
    static final TelegramUpdateReader INSTANCE = new TelegramUpdateReader();

    @Override
    public Update read(String json) {
        checkNotNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Update read(byte[] utf8) {
        checkNotNull(utf8, "utf8");
        JsonParser p = null;
        try (JsonParser parser = JSON.createParser(utf8)) {
            p = parser;
            if (parser.nextToken() == null) {
                throw new UpdateParseException("empty input", null, 0, 0, null);
            }
            Update update = new TelegramEnvelopeReader(parser, utf8).read();
            if (parser.nextToken() != null) {
                throw TelegramJson.at(parser, null, "unexpected content after the update", null);
            }
            return update;
        } catch (JsonProcessingException e) {
            throw TelegramJson.syntaxError(e, p, SINGLE_UPDATE_DEPTH);
        } catch (IOException e) {
            throw new UpdateParseException("cannot read input: " + e.getMessage(), null, 0, 0, e);
        }
    }

    @Override
    public UpdateBatch readBatch(byte[] utf8) {
        checkNotNull(utf8, "utf8");
        List<Update> updates = new ArrayList<>(EXPECTED_BATCH_SIZE);
        List<SkippedUpdate> skipped = new ArrayList<>(0);
        JsonParser p = null;
        try (JsonParser parser = JSON.createParser(utf8)) {
            p = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UpdateParseException("empty input", null, 0, 0, null);
            }
            if (first == JsonToken.START_ARRAY) {
                if (readUpdates(parser, utf8, updates, skipped) && parser.nextToken() != null) {
                    throw TelegramJson.at(parser, null, "unexpected content after the batch", null);
                }
            } else if (first == JsonToken.START_OBJECT) {
                readResponse(parser, utf8, updates, skipped);
            } else {
                throw TelegramJson.wrongType(parser, null, "a getUpdates response object or an array of updates");
            }
        } catch (JsonProcessingException e) {
            throw TelegramJson.syntaxError(e, p, 0);
        } catch (IOException e) {
            throw new UpdateParseException("cannot read input: " + e.getMessage(), null, 0, 0, e);
        }
        return new UpdateBatch(updates, skipped);
    }

    /** Reads {@code {"ok":true,"result":[…]}} with its keys in any order. */
    private static void readResponse(JsonParser p, byte[] utf8, List<Update> updates, List<SkippedUpdate> skipped)
            throws IOException {
        Boolean ok = null;
        boolean hasResult = false;
        String description = null;
        String errorCode = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "ok" -> ok = TelegramJson.bool(p, "ok");
                case "result" -> {
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw TelegramJson.wrongType(p, "result", "an array of updates");
                    }
                    hasResult = true;
                    if (Boolean.FALSE.equals(ok)) {
                        p.skipChildren();
                    } else if (!readUpdates(p, utf8, updates, skipped)) {
                        return;
                    }
                }
                case "description" -> description = scalarText(p);
                case "error_code" -> errorCode = scalarText(p);
                default -> p.skipChildren();
            }
        }
        if (Boolean.FALSE.equals(ok)) {
            throw TelegramJson.at(p, "ok", "getUpdates answered ok:false"
                    + (errorCode == null ? "" : " with error_code " + errorCode)
                    + ", description \"" + (description == null ? "" : description) + "\"", null);
        }
        if (!hasResult) {
            throw TelegramJson.missing(p, "result");
        }
        if (p.nextToken() != null) {
            throw TelegramJson.at(p, null, "unexpected content after the batch", null);
        }
    }

    /**
     * Reads the array the parser stands on. A semantic error skips that update and goes on; a
     * syntax error ends the batch, because nothing after it can be read.
     *
     * @return true when the whole array was read, false when a syntax error cut it short
     */
    private static boolean readUpdates(JsonParser p, byte[] utf8, List<Update> updates,
                                       List<SkippedUpdate> skipped) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        int updateDepth = array.getNestingDepth() + 1;
        TelegramEnvelopeReader parser = new TelegramEnvelopeReader(p, utf8);
        for (int position = 0; ; position++) {
            try {
                JsonToken token = p.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    return true;
                }
                if (token == null) {
                    skipped.add(new SkippedUpdate(position, Optional.empty(),
                            TelegramJson.at(p, null, "unexpected end of input inside the update list", null)));
                    return false;
                }
            } catch (JsonProcessingException e) {
                skipped.add(new SkippedUpdate(position, Optional.empty(), TelegramJson.syntaxError(e, p, updateDepth)));
                return false;
            }
            try {
                updates.add(parser.read());
            } catch (UpdateParseException error) {
                try {
                    parser.skipRest(array);
                } catch (JsonProcessingException e) {
                    UpdateParseException syntax = TelegramJson.syntaxError(e, p, updateDepth);
                    syntax.addSuppressed(error);
                    skipped.add(new SkippedUpdate(position, Optional.ofNullable(parser.updateId()), syntax));
                    return false;
                } catch (UpdateParseException eof) {
                    eof.addSuppressed(error);
                    skipped.add(new SkippedUpdate(position, Optional.ofNullable(parser.updateId()), eof));
                    return false;
                }
                skipped.add(new SkippedUpdate(position, Optional.ofNullable(parser.updateId()), error));
            } catch (JsonProcessingException e) {
                skipped.add(new SkippedUpdate(position, Optional.ofNullable(parser.updateId()),
                        TelegramJson.syntaxError(e, p, updateDepth)));
                return false;
            }
        }
    }

    /** The text of a scalar other than null, for describing an error response; null otherwise. */
    private static String scalarText(JsonParser p) throws IOException {
        if (!p.currentToken().isScalarValue() || TelegramJson.isNull(p)) {
            p.skipChildren();
            return null;
        }
        return p.getText();
    }
}
