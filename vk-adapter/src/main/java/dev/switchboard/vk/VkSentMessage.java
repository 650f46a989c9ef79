package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What a sent VK message shows, as {@code messages.edit} must re-send it: its text and its inline
 * keyboard JSON (empty when it has none). Written for a {@link dev.switchboard.core.spi.KeyboardMemory}
 * as {@code {"text":"…","keyboard":"…"}} (the keyboard as a string, kept byte for byte; left out when
 * none), and read back from it.
 */
record VkSentMessage(String text, Optional<String> keyboard) {
    VkSentMessage {
        checkNotNull(text, "text");
        checkNotNull(keyboard, "keyboard");
    }

    String write() {
        StringWriter out = new StringWriter(text.length() + keyboard.map(String::length).orElse(0) + 32);
        try (JsonGenerator json = VkPayload.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("text", text);
            if (keyboard.isPresent()) {
                json.writeStringField("keyboard", keyboard.get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What {@link #write()} wrote; empty for anything else (a memory shared with another version). */
    static Optional<VkSentMessage> read(String written) {
        String text = null;
        String keyboard = null;
        try (JsonParser json = VkPayload.JSON.createParser(written)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value == JsonToken.VALUE_STRING && name.equals("text")) {
                    text = json.getText();
                } else if (value == JsonToken.VALUE_STRING && name.equals("keyboard")) {
                    keyboard = json.getText();
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return text == null ? Optional.empty() : Optional.of(new VkSentMessage(text, Optional.ofNullable(keyboard)));
    }
}
