package dev.switchboard.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reference for {@link TelegramMarkupWriter}: the same {@code reply_markup} written with
 * Jackson's streaming generator at its default settings, as the adapter wrote it before.
 */
final class JacksonMarkup {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JacksonMarkup() {
    }

    static String write(Keyboard keyboard) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            switch (keyboard.type()) {
                case INLINE -> rows(json, "inline_keyboard", keyboard.rows());
                case STANDARD -> {
                    rows(json, "keyboard", keyboard.rows());
                    json.writeBooleanField("resize_keyboard", true);
                    if (keyboard.oneTime()) {
                        json.writeBooleanField("one_time_keyboard", true);
                    }
                    if (keyboard.persistent()) {
                        json.writeBooleanField("is_persistent", true);
                    }
                    String placeholder = keyboard.placeholder().orElse("");
                    if (!placeholder.isEmpty()) {
                        json.writeStringField("input_field_placeholder", placeholder);
                    }
                }
                case REMOVE -> json.writeBooleanField("remove_keyboard", true);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(JsonGenerator json, String field, List<List<Button>> rows) throws IOException {
        json.writeArrayFieldStart(field);
        for (List<Button> row : rows) {
            json.writeStartArray();
            for (Button button : row) {
                button(json, button);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void button(JsonGenerator json, Button button) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", button.label());
        switch (button.kind()) {
            case CALLBACK -> json.writeStringField("callback_data", ((CallbackButton) button).payload());
            case TEXT -> { }
            case LINK -> json.writeStringField("url", ((LinkButton) button).url());
            case LOCATION -> json.writeBooleanField("request_location", true);
            case CONTACT -> json.writeBooleanField("request_contact", true);
            case APP -> nested(json, "web_app", "url", ((AppButton) button).url().orElse(""));
            case COPY -> nested(json, "copy_text", "text", ((CopyButton) button).text());
            case PAY -> json.writeBooleanField("pay", true);
            case UNREPRESENTABLE -> json.writeBooleanField(((UnrepresentableButton) button).type(), true);
        }
        String style = TelegramKeyboardWriter.styleName(button.style());
        if (style != null) {
            json.writeStringField("style", style);
        }
        json.writeEndObject();
    }

    private static void nested(JsonGenerator json, String name, String field, String value) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField(field, value);
        json.writeEndObject();
    }
}
