package dev.switchboard.benchmarks.contenders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.benchmarks.ButtonSpec;
import dev.switchboard.benchmarks.KeyboardSpec;
import dev.switchboard.vk.VkPlatform;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The limits of the chosen parser: a Jackson streaming pass that only tokenises, and
 * hand-written {@link JsonGenerator} code that writes the same keyboard JSON as ours with no
 * model, no validation and no checks in between.
 */
public final class Baselines {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Baselines() {
    }

    /** Calls {@code nextToken()} to the end of the input; returns the number of tokens. */
    public static int tokenise(byte[] utf8) {
        try (JsonParser parser = JSON.createParser(utf8)) {
            int tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Telegram's {@code reply_markup} for the spec, straight from the spec. */
    public static String telegramMarkup(KeyboardSpec spec) {
        CharArrayWriter out = new CharArrayWriter(32 + 48 * spec.buttonCount());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("inline_keyboard");
            for (List<ButtonSpec> row : spec.rows()) {
                json.writeStartArray();
                for (ButtonSpec b : row) {
                    json.writeStartObject();
                    json.writeStringField("text", b.label());
                    if (b.payload().isPresent()) {
                        json.writeStringField("callback_data", b.payload().get());
                    } else {
                        json.writeStringField("url", b.url().get());
                    }
                    if (b.style().isPresent()) {
                        json.writeStringField("style", TelegramBotsPeer.style(b.style().get()));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** VK's {@code keyboard} for the spec, straight from the spec. */
    public static String vkKeyboard(KeyboardSpec spec) {
        CharArrayWriter out = new CharArrayWriter(48 + 96 * spec.buttonCount());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (!spec.inline()) {
                json.writeBooleanField("one_time", false);
            }
            json.writeBooleanField("inline", spec.inline());
            json.writeArrayFieldStart("buttons");
            for (List<ButtonSpec> row : spec.rows()) {
                json.writeStartArray();
                for (ButtonSpec b : row) {
                    json.writeStartObject();
                    json.writeObjectFieldStart("action");
                    if (b.payload().isPresent()) {
                        json.writeStringField("type", "callback");
                        json.writeStringField("label", b.label());
                        json.writeStringField("payload", VkPlatform.encodePayload(b.payload().get()));
                    } else {
                        json.writeStringField("type", "open_link");
                        json.writeStringField("link", b.url().get());
                        json.writeStringField("label", b.label());
                    }
                    json.writeEndObject();
                    if (b.payload().isPresent() && b.style().isPresent()) {
                        json.writeStringField("color", b.style().get());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
