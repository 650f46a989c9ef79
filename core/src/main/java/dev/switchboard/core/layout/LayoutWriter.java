package dev.switchboard.core.layout;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.PayButton;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** Streaming writer behind {@link LayoutJson#write}. */
final class LayoutWriter {
    private LayoutWriter() {
    }

    static String write(Keyboard keyboard) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = LayoutJson.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", keyboard.type().name().toLowerCase(Locale.ROOT));
            if (keyboard.type() != KeyboardType.REMOVE) {
                if (keyboard.oneTime()) {
                    json.writeBooleanField("oneTime", true);
                }
                if (keyboard.persistent()) {
                    json.writeBooleanField("persistent", true);
                }
                if (keyboard.placeholder().isPresent()) {
                    json.writeStringField("placeholder", keyboard.placeholder().get());
                }
                json.writeArrayFieldStart("rows");
                for (List<Button> row : keyboard.rows()) {
                    json.writeStartArray();
                    for (Button button : row) {
                        writeButton(json, button);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        return out.toString();
    }

    private static void writeButton(JsonGenerator json, Button button) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", button.kind().jsonName());
        if (!button.label().isEmpty()) {
            json.writeStringField("label", button.label());
        }
        switch (button.kind()) {
            case CALLBACK -> json.writeStringField("payload", ((CallbackButton) button).payload());
            case TEXT -> {
                if (((TextButton) button).payload().isPresent()) {
                    json.writeStringField("payload", ((TextButton) button).payload().get());
                }
            }
            case LINK -> json.writeStringField("url", ((LinkButton) button).url());
            case APP -> {
                AppButton app = (AppButton) button;
                if (app.url().isPresent()) {
                    json.writeStringField("url", app.url().get());
                }
                if (app.appId().isPresent()) {
                    json.writeNumberField("appId", app.appId().getAsLong());
                }
                if (app.ownerId().isPresent()) {
                    json.writeNumberField("ownerId", app.ownerId().getAsLong());
                }
                if (app.hash().isPresent()) {
                    json.writeStringField("hash", app.hash().get());
                }
            }
            case PAY -> json.writeStringField("hash", ((PayButton) button).hash());
            case COPY -> json.writeStringField("text", ((CopyButton) button).text());
            case LOCATION, CONTACT -> { }
            case UNREPRESENTABLE -> throw new IllegalArgumentException("layout JSON cannot carry the "
                    + ((UnrepresentableButton) button).platform().displayName() + " "
                    + ((UnrepresentableButton) button).type() + " button " + button);
        }
        if (button.style() != Style.DEFAULT) {
            json.writeStringField("style", button.style().jsonName());
        }
        json.writeEndObject();
    }
}
