package dev.switchboard.examples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.transport.WebhookResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The service's error answers: {@code {"error": message}} as JSON, newline-ended. */
final class ErrorJson {
    static final String JSON_TYPE = "application/json";
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorJson() {
    }

    /** {@code status} with {@code {"error": message}}. */
    static WebhookResponse response(int status, String message) {
        return WebhookResponse.typed(status, JSON_TYPE, body(message));
    }

    /** {@code {"error": message}} and a newline. */
    static String body(String message) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }
}
