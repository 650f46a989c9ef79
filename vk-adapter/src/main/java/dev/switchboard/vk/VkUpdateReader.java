package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

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
import java.util.OptionalInt;

/**
 * Reads VK event envelopes, Bots Long Poll responses and bare arrays of envelopes in one streaming
 * pass each (see {@link VkPlatform#updates()} for the mapping). Stateless and thread-safe: every
 * call has its own parser and scratch state.
 */
final class VkUpdateReader implements UpdateReader {
    static final VkUpdateReader INSTANCE = new VkUpdateReader();

    private static final UpdateBatch EMPTY = new UpdateBatch(List.of(), List.of());

    private VkUpdateReader() {
    }

    /**
     * The common envelopes ({@code message_new} without an action, {@code message_event}) are read
     * straight from the bytes by {@link VkQuickReader}; everything else, errors included, by the
     * Jackson reader.
     */
    @Override
    public Update read(byte[] utf8) {
        checkNotNull(utf8, "utf8");
        Update quick = VkQuickReader.read(utf8);
        return quick != null ? quick : readWithParser(utf8);
    }

    /** {@link #read(byte[])} with the Jackson reader alone. */
    Update readWithParser(byte[] utf8) {
        checkNotNull(utf8, "utf8");
        VkSource src = VkSource.of(utf8);
        JsonParser p = open(utf8);
        try {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw empty();
            }
            if (token != JsonToken.START_OBJECT) {
                throw VkJson.wrongType(p, src, null, "an update object");
            }
            Update update = new VkEnvelopeReader(src).read(p);
            if (p.nextToken() != null) {
                throw src.error("unexpected content after the update", null, p.currentTokenLocation(), null);
            }
            return update;
        } catch (JsonProcessingException e) {
            throw VkJson.translate(e, p, src, null);
        } catch (IOException e) {
            throw unreadable(e);
        } finally {
            close(p);
        }
    }

    @Override
    public Update read(String json) {
        return read(checkNotNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public UpdateBatch readBatch(byte[] utf8) {
        return readLongPoll(utf8).batch();
    }

    /**
     * Reads a Bots Long Poll response ({@code {"ts":…,"updates":[…]}}, {@code {"failed":N,…}}, keys
     * in any order) or a bare array of envelopes (no ts). A {@code failed} response has an empty batch.
     *
     * @throws UpdateParseException if the response is unusable: malformed outside the update list,
     *         neither an object nor an array, or an object with neither {@code updates} nor {@code failed}
     */
    VkLongPollResponse readLongPoll(byte[] utf8) {
        checkNotNull(utf8, "utf8");
        VkSource src = VkSource.of(utf8);
        JsonParser p = open(utf8);
        try {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw empty();
            }
            List<Update> updates = new ArrayList<>();
            List<SkippedUpdate> skipped = new ArrayList<>(0);
            String ts = null;
            OptionalInt failed = OptionalInt.empty();
            if (token == JsonToken.START_ARRAY) {
                if (!readUpdates(p, src, updates, skipped)) {
                    return new VkLongPollResponse(Optional.empty(), failed, new UpdateBatch(updates, skipped));
                }
            } else if (token == JsonToken.START_OBJECT) {
                boolean listed = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("ts".equals(name)) {
                        ts = ts(p, src);
                    } else if ("failed".equals(name) && value != JsonToken.VALUE_NULL) {
                        failed = OptionalInt.of(VkJson.intValue(p, src, "failed"));
                    } else if ("updates".equals(name)) {
                        if (value != JsonToken.START_ARRAY) {
                            throw VkJson.wrongType(p, src, "updates", "an array");
                        }
                        listed = true;
                        if (!readUpdates(p, src, updates, skipped)) {
                            return new VkLongPollResponse(Optional.ofNullable(ts), failed,
                                    failed.isPresent() ? EMPTY : new UpdateBatch(updates, skipped));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (!listed && failed.isEmpty()) {
                    throw src.error("missing the update list (neither \"updates\" nor \"failed\")", "updates",
                            p.currentTokenLocation(), null);
                }
            } else {
                throw VkJson.wrongType(p, src, null, "a Bots Long Poll response object or an array of updates");
            }
            if (p.nextToken() != null) {
                throw src.error("unexpected content after the response", null, p.currentTokenLocation(), null);
            }
            return new VkLongPollResponse(Optional.ofNullable(ts), failed,
                    failed.isPresent() ? EMPTY : new UpdateBatch(updates, skipped));
        } catch (JsonProcessingException e) {
            throw VkJson.translate(e, p, src, null);
        } catch (IOException e) {
            throw unreadable(e);
        } finally {
            close(p);
        }
    }

    /**
     * Reads the envelopes of the array at {@code p}'s START_ARRAY. A bad envelope is skipped and
     * listed; a syntax error ends the list. Returns false when the JSON broke and nothing after it
     * can be read, true when {@code p} is on the array's END_ARRAY.
     */
    private static boolean readUpdates(JsonParser p, VkSource src, List<Update> updates, List<SkippedUpdate> skipped)
            throws IOException {
        JsonStreamContext list = p.getParsingContext();
        VkEnvelopeReader envelope = new VkEnvelopeReader(src);
        for (int position = 0; ; position++) {
            boolean started = false;
            try {
                JsonToken token = p.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    return true;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw VkJson.wrongType(p, src, null, "an update object");
                }
                started = true;
                updates.add(envelope.read(p));
            } catch (UpdateParseException e) {
                UpdateParseException error = e;
                boolean broken = false;
                try {
                    if (started) {
                        envelope.skipRest(p, list);
                    } else {
                        VkJson.skipTo(p, list);
                    }
                } catch (JsonProcessingException syntax) {
                    error = VkJson.translate(syntax, p, src, list);
                    error.addSuppressed(e);
                    broken = true;
                }
                skipped.add(new SkippedUpdate(position, started ? envelope.updateId() : Optional.empty(), error));
                if (broken) {
                    return false;
                }
            } catch (JsonProcessingException e) {
                Optional<String> id = started ? envelope.updateId() : Optional.empty();
                skipped.add(new SkippedUpdate(position, id, VkJson.translate(e, p, src, list)));
                return false;
            }
        }
    }

    /** {@code ts} as text: VK sends it as a string or as a number. */
    private static String ts(JsonParser p, VkSource src) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw VkJson.wrongType(p, src, "ts", "a string or an integer");
    }

    private static JsonParser open(byte[] utf8) {
        if (utf8.length == 0) {
            throw empty();
        }
        try {
            return VkPayload.JSON.createParser(utf8);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static void close(JsonParser p) {
        try {
            p.close();
        } catch (IOException ignored) {
            // a parser over a byte array holds nothing to release
        }
    }

    private static UpdateParseException empty() {
        return new UpdateParseException("empty input", null, 0, 0, null);
    }

    private static UpdateParseException unreadable(IOException e) {
        return new UpdateParseException("cannot read the input: " + e.getMessage(), null, 0, 0, e);
    }
}
