package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.PayButton;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.util.List;

/**
 * Writes VK's {@code keyboard} object with a streaming generator, after
 * validating with {@link VkRules}. Stateless and thread-safe.
 */
final class VkKeyboardWriter implements KeyboardFormat {
    static final VkKeyboardWriter INSTANCE = new VkKeyboardWriter();

    /** Rough size of one written button, to size the buffer once for typical keyboards. */
    private static final int BYTES_PER_BUTTON = 96;

    private VkKeyboardWriter() {
    }

    /** Reads the platform's own keyboard JSON; see {@link VkKeyboardReader}. */
    @Override
    public Keyboard read(String json) {
        return VkKeyboardReader.read(checkNotNull(json, "json"));
    }

    @Override
    public KeyboardRules rules() {
        return VkRules.RULES;
    }

    @Override
    public String write(Keyboard keyboard) {
        checkNotNull(keyboard, "keyboard");
        Validator.validate(keyboard, VkRules.RULES).orThrow();
        // A char[] sink: StringWriter's StringBuffer re-checks every flushed char for Latin-1.
        CharArrayWriter out = new CharArrayWriter(48 + BYTES_PER_BUTTON * keyboard.buttonCount());
        try (JsonGenerator json = VkPayload.JSON.createGenerator(out)) {
            writeKeyboard(json, keyboard);
        } catch (IOException e) {
            throw new IllegalStateException("writing VK keyboard JSON to a String failed", e);
        }
        return out.toString();
    }

    private static void writeKeyboard(JsonGenerator json, Keyboard keyboard) throws IOException {
        json.writeStartObject();
        if (keyboard.type() == KeyboardType.REMOVE) {
            json.writeArrayFieldStart("buttons");
            json.writeEndArray();
            json.writeBooleanField("one_time", true);
            json.writeEndObject();
            return;
        }
        if (keyboard.type() == KeyboardType.STANDARD) {
            json.writeBooleanField("one_time", keyboard.oneTime());
        }
        json.writeBooleanField("inline", keyboard.type() == KeyboardType.INLINE);
        json.writeArrayFieldStart("buttons");
        for (List<Button> row : keyboard.rows()) {
            json.writeStartArray();
            for (Button button : row) {
                writeButton(json, button);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeButton(JsonGenerator json, Button button) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("action");
        boolean coloured = switch (button.kind()) {
            case CALLBACK -> writeCallback(json, (CallbackButton) button);
            case TEXT -> writeText(json, (TextButton) button);
            case LINK -> writeLink(json, (LinkButton) button);
            case LOCATION -> writeLocation(json);
            case APP -> writeApp(json, (AppButton) button);
            case PAY -> writePay(json, (PayButton) button);
            case CONTACT, COPY, UNREPRESENTABLE -> throw new IllegalStateException(
                    button.kind() + " button passed VK validation; VkRules must reject it");
        };
        json.writeEndObject();
        String color = coloured ? color(button.style()) : null;
        if (color != null) {
            json.writeStringField("color", color);
        }
        json.writeEndObject();
    }

    /** VK's {@code color} for a style; {@code null} for DEFAULT, which leaves the key out. */
    private static String color(Style style) {
        return switch (style) {
            case DEFAULT -> null;
            case PRIMARY -> "primary";
            case SECONDARY -> "secondary";
            case POSITIVE -> "positive";
            case NEGATIVE -> "negative";
        };
    }

    // Each action writer returns whether VK draws a colour on that kind (only text and callback).

    private static boolean writeCallback(JsonGenerator json, CallbackButton button) throws IOException {
        json.writeStringField("type", "callback");
        json.writeStringField("label", button.label());
        json.writeStringField("payload", VkPayload.encode(button.payload()));
        return true;
    }

    private static boolean writeText(JsonGenerator json, TextButton button) throws IOException {
        json.writeStringField("type", "text");
        json.writeStringField("label", button.label());
        if (button.payload().isPresent()) {
            json.writeStringField("payload", VkPayload.encode(button.payload().get()));
        }
        return true;
    }

    private static boolean writeLink(JsonGenerator json, LinkButton button) throws IOException {
        json.writeStringField("type", "open_link");
        json.writeStringField("link", button.url());
        json.writeStringField("label", button.label());
        return false;
    }

    private static boolean writeLocation(JsonGenerator json) throws IOException {
        json.writeStringField("type", "location");
        return false;
    }

    private static boolean writeApp(JsonGenerator json, AppButton button) throws IOException {
        json.writeStringField("type", "open_app");
        json.writeNumberField("app_id", button.appId().getAsLong());
        json.writeNumberField("owner_id", button.ownerId().getAsLong());
        json.writeStringField("label", button.label());
        if (button.hash().isPresent()) {
            json.writeStringField("hash", button.hash().get());
        }
        return false;
    }

    private static boolean writePay(JsonGenerator json, PayButton button) throws IOException {
        json.writeStringField("type", "vkpay");
        json.writeStringField("hash", button.hash());
        return false;
    }
}
