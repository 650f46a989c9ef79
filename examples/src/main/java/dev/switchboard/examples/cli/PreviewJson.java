package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import dev.switchboard.core.layout.LayoutJson;
import dev.switchboard.core.validate.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playground's view of one keyboard, one compact document:
 * {@code {"layout":{…},"report":{…},"platforms":{"telegram":{"json":…},"vk":{"json":…}}}}. {@code layout}
 * is the keyboard as layout JSON ({@code LayoutJson.write}), except that a button the neutral model
 * cannot carry is {@code {"kind":"unrepresentable","label":…,"native":…}} in its place, so row and
 * button indexes match the report's paths; {@code report} is exactly {@code validate --format json}'s
 * report for every platform; each platform's {@code json} is what {@code render} prints, or
 * {@code null} when that platform rejects the keyboard.
 */
final class PreviewJson {
    /** The kind written for an {@link UnrepresentableButton}. */
    static final String UNREPRESENTABLE = "unrepresentable";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private PreviewJson() {
    }

    /**
     * The document for {@code keyboard}, its {@code reports} on every platform and what each platform's
     * writer gave ({@code rendered}, by platform name in report order).
     */
    static String write(Keyboard keyboard, Map<String, ValidationReport> reports,
                        Map<String, Optional<String>> rendered) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.setCodec(MAPPER);
            json.writeStartObject();
            json.writeFieldName("layout");
            json.writeTree(layout(keyboard));
            json.writeFieldName("report");
            json.writeRawValue(ReportJson.write(reports));
            json.writeObjectFieldStart("platforms");
            for (Map.Entry<String, Optional<String>> entry : rendered.entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                json.writeFieldName("json");
                if (entry.getValue().isPresent()) {
                    json.writeRawValue(entry.getValue().get());
                } else {
                    json.writeNull();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** The keyboard as layout JSON, with a placeholder where a button cannot be written. */
    static JsonNode layout(Keyboard keyboard) throws IOException {
        List<int[]> unrepresentable = new ArrayList<>();
        Keyboard writable = keyboard;
        if (!keyboard.rows().isEmpty()) {
            List<List<Button>> rows = new ArrayList<>();
            for (int r = 0; r < keyboard.rows().size(); r++) {
                List<Button> row = new ArrayList<>();
                for (int b = 0; b < keyboard.rows().get(r).size(); b++) {
                    Button button = keyboard.rows().get(r).get(b);
                    if (button instanceof UnrepresentableButton) {
                        unrepresentable.add(new int[] {r, b});
                        button = Button.text(button.label());
                    }
                    row.add(button);
                }
                rows.add(row);
            }
            writable = new Keyboard(keyboard.type(), rows, keyboard.oneTime(), keyboard.persistent(),
                    keyboard.placeholder());
        }
        ObjectNode layout = (ObjectNode) MAPPER.readTree(LayoutJson.write(writable));
        for (int[] at : unrepresentable) {
            UnrepresentableButton button = (UnrepresentableButton) keyboard.rows().get(at[0]).get(at[1]);
            ObjectNode placeholder = MAPPER.createObjectNode();
            placeholder.put("kind", UNREPRESENTABLE);
            placeholder.put("label", button.label());
            placeholder.put("native", button.type());
            ((ArrayNode) layout.get("rows").get(at[0])).set(at[1], placeholder);
        }
        return layout;
    }
}
