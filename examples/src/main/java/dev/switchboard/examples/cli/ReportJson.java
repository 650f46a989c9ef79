package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON form of reports, one compact document:
 * {@code {"valid":…,"platforms":{"telegram":{"valid":…,"violations":[…]},…}}}. Each violation is
 * {@code {"code","severity","path","limit"?,"actual"?,"message"}}, {@code limit} and
 * {@code actual} as numbers and only for numeric rules.
 */
final class ReportJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {
    }

    static String write(Map<String, ValidationReport> reports) {
        return write(-1, reports);
    }

    /** {@link #write(Map)} with {@code "line": line} first, for one NDJSON line; no line when negative. */
    static String write(long line, Map<String, ValidationReport> reports) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            if (line >= 0) {
                json.writeNumberField("line", line);
            }
            json.writeBooleanField("valid", reports.values().stream().allMatch(ValidationReport::isValid));
            json.writeObjectFieldStart("platforms");
            for (Map.Entry<String, ValidationReport> entry : reports.entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                json.writeBooleanField("valid", entry.getValue().isValid());
                json.writeArrayFieldStart("violations");
                for (Violation violation : entry.getValue().violations()) {
                    writeViolation(json, violation);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** {@code {"line":N,"error":message}}: an NDJSON line that cannot be used. */
    static String error(long line, String message) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("line", line);
            json.writeStringField("error", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void writeViolation(JsonGenerator json, Violation violation) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", violation.code().name());
        json.writeStringField("severity", violation.severity().name());
        json.writeStringField("path", violation.path());
        if (violation.limit().isPresent()) {
            json.writeNumberField("limit", violation.limit().getAsLong());
        }
        if (violation.actual().isPresent()) {
            json.writeNumberField("actual", violation.actual().getAsLong());
        }
        json.writeStringField("message", violation.message());
        json.writeEndObject();
    }
}
