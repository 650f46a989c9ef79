package dev.switchboard.core.layout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.ContactButton;
import dev.switchboard.core.keyboard.CopyButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.LocationButton;
import dev.switchboard.core.keyboard.PayButton;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.spi.FieldPaths;
import dev.switchboard.core.spi.JsonErrors;
import dev.switchboard.core.spi.KeyboardJsonInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** Streaming reader behind {@link LayoutJson#read}; one instance per document. */
final class LayoutReader {
    private static final Set<String> KEYBOARD_FIELDS = Set.of("type", "oneTime", "persistent", "placeholder", "rows");
    private static final Map<ButtonKind, List<String>> BUTTON_FIELDS = new EnumMap<>(ButtonKind.class);

    static {
        BUTTON_FIELDS.put(ButtonKind.CALLBACK, List.of("payload"));
        BUTTON_FIELDS.put(ButtonKind.TEXT, List.of("payload"));
        BUTTON_FIELDS.put(ButtonKind.LINK, List.of("url"));
        BUTTON_FIELDS.put(ButtonKind.LOCATION, List.of());
        BUTTON_FIELDS.put(ButtonKind.CONTACT, List.of());
        BUTTON_FIELDS.put(ButtonKind.APP, List.of("url", "appId", "ownerId", "hash"));
        BUTTON_FIELDS.put(ButtonKind.PAY, List.of("hash"));
        BUTTON_FIELDS.put(ButtonKind.COPY, List.of("text"));
    }

    private static final List<String> COMMON_BUTTON_FIELDS = List.of("kind", "label", "style");
    private static final Set<String> NUMBER_FIELDS = Set.of("appId", "ownerId");

    private final JsonParser parser;

    LayoutReader(JsonParser parser) {
        this.parser = parser;
    }

    Keyboard readKeyboard() throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "$", "a layout object");
        JsonLocation start = parser.currentTokenLocation();
        KeyboardType type = null;
        boolean oneTime = false;
        boolean persistent = false;
        Optional<String> placeholder = Optional.empty();
        List<List<Button>> rows = null;
        List<String> seen = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (!KEYBOARD_FIELDS.contains(field)) {
                throw error("unknown field \"" + field + "\"; expected one of type, oneTime, persistent, placeholder, rows",
                        "$");
            }
            seen.add(field);
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = readType(value);
                case "oneTime" -> oneTime = readBoolean(value, field);
                case "persistent" -> persistent = readBoolean(value, field);
                case "placeholder" -> placeholder = Optional.of(readString(value, field));
                default -> rows = readRows(value);
            }
        }
        if (parser.nextToken() != null) {
            throw error("unexpected content after the layout object", "$");
        }
        if (type == null) {
            throw error("missing required field \"type\" (inline, standard or remove)", "$", start);
        }
        if (type == KeyboardType.REMOVE) {
            if (seen.size() > 1) {
                throw error("a \"remove\" layout has no field but \"type\"; found "
                        + seen.stream().filter(f -> !f.equals("type")).collect(Collectors.joining(", ")), "$", start);
            }
            return Keyboard.remove();
        }
        if (rows == null) {
            throw error("missing required field \"rows\" (an array of arrays of buttons)", "$", start);
        }
        return new Keyboard(type, rows, oneTime, persistent, placeholder);
    }

    private KeyboardType readType(JsonToken token) throws IOException {
        String value = readString(token, "type");
        return switch (value) {
            case "inline" -> KeyboardType.INLINE;
            case "standard" -> KeyboardType.STANDARD;
            case "remove" -> KeyboardType.REMOVE;
            default -> throw error("unknown type \"" + value + "\"; expected inline, standard or remove", "type");
        };
    }

    private List<List<Button>> readRows(JsonToken token) throws IOException {
        expect(token, JsonToken.START_ARRAY, "rows", "an array of rows");
        List<List<Button>> rows = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String rowPath = "rows[" + rows.size() + "]";
            expect(parser.currentToken(), JsonToken.START_ARRAY, rowPath, "an array of buttons");
            List<Button> row = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                row.add(readButton(rowPath + "[" + row.size() + "]"));
            }
            rows.add(row);
        }
        return rows;
    }

    private Button readButton(String path) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT, path, "a button object");
        JsonLocation start = parser.currentTokenLocation();
        Map<String, Object> values = new HashMap<>();
        Map<String, JsonLocation> locations = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            locations.put(field, parser.currentTokenLocation());
            JsonToken token = parser.nextToken();
            if (NUMBER_FIELDS.contains(field)) {
                if (token != JsonToken.VALUE_NUMBER_INT) {
                    throw error("expected an integer for \"" + field + "\", found " + describe(token), fieldPath(path, field));
                }
                values.put(field, parser.getLongValue());
            } else if (token == JsonToken.VALUE_STRING) {
                values.put(field, parser.getText());
            } else {
                // Checked against the kind below, so an unknown field is named before its type.
                values.put(field, token);
                parser.skipChildren();
            }
        }
        Object kindValue = values.get("kind");
        if (kindValue == null) {
            throw error("missing required field \"kind\"", path, start);
        }
        if (!(kindValue instanceof String kindName)) {
            throw error("expected a string for \"kind\", found " + describe((JsonToken) kindValue), path + ".kind",
                    locations.get("kind"));
        }
        ButtonKind kind = BUTTON_FIELDS.keySet().stream().filter(k -> k.jsonName().equals(kindName)).findFirst()
                .orElseThrow(() -> error("unknown kind \"" + kindName + "\"; expected one of " + kindNames(),
                        path + ".kind", locations.get("kind")));
        List<String> allowed = new ArrayList<>(COMMON_BUTTON_FIELDS);
        allowed.addAll(BUTTON_FIELDS.get(kind));
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String field = entry.getKey();
            if (!allowed.contains(field)) {
                throw error("unknown field \"" + field + "\" for a " + kindName + " button; expected "
                        + String.join(", ", allowed), fieldPath(path, field), locations.get(field));
            }
            if (entry.getValue() instanceof JsonToken token) {
                throw error("expected a string for \"" + field + "\", found " + describe(token), fieldPath(path, field),
                        locations.get(field));
            }
        }
        Fields fields = new Fields(values);
        Style style = readStyle(fields.string("style"), path, locations.get("style"));
        return switch (kind) {
            case CALLBACK -> new CallbackButton(fields.label(), fields.string("payload").orElse(""), style);
            case TEXT -> new TextButton(fields.label(), fields.string("payload"), style);
            case LINK -> new LinkButton(fields.label(), fields.string("url").orElse(""), style);
            case LOCATION -> new LocationButton(fields.label(), style);
            case CONTACT -> new ContactButton(fields.label(), style);
            case APP -> new AppButton(fields.label(), fields.string("url"), fields.number("appId"),
                    fields.number("ownerId"), fields.string("hash"), style);
            case PAY -> new PayButton(fields.label(), fields.string("hash").orElse(""), style);
            case COPY -> new CopyButton(fields.label(), fields.string("text").orElse(""), style);
            case UNREPRESENTABLE -> throw new AssertionError("not a layout kind");
        };
    }

    private record Fields(Map<String, Object> values) {
        Optional<String> string(String name) {
            return Optional.ofNullable((String) values.get(name));
        }

        String label() {
            return string("label").orElse("");
        }

        OptionalLong number(String name) {
            Object value = values.get(name);
            return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
        }
    }

    private Style readStyle(Optional<String> name, String path, JsonLocation location) {
        if (name.isEmpty()) {
            return Style.DEFAULT;
        }
        return Arrays.stream(Style.values()).filter(s -> s != Style.DEFAULT && s.jsonName().equals(name.get()))
                .findFirst()
                .orElseThrow(() -> error("unknown style \"" + name.get()
                        + "\"; expected primary, secondary, positive or negative", path + ".style", location));
    }

    private boolean readBoolean(JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw error("expected true or false for \"" + field + "\", found " + describe(token), field);
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private String readString(JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw error("expected a string for \"" + field + "\", found " + describe(token), field);
        }
        return parser.getText();
    }

    private void expect(JsonToken actual, JsonToken expected, String path, String what) {
        if (actual != expected) {
            throw error("expected " + what + ", found " + describe(actual), path);
        }
    }

    private static String kindNames() {
        return BUTTON_FIELDS.keySet().stream().map(ButtonKind::jsonName).collect(Collectors.joining(", "));
    }

    private static String describe(JsonToken token) {
        return KeyboardJsonInput.describe(token);
    }

    /**
     * {@code rows[0][1].label}; a name that is empty or not a plain word is quoted,
     * {@code rows[0][1][""]}, so the path stays unambiguous.
     */
    static String fieldPath(String path, String field) {
        StringBuilder builder = new StringBuilder(path);
        FieldPaths.appendName(builder, field);
        return builder.toString();
    }

    private LayoutException error(String problem, String path) {
        return error(problem, path, parser.currentTokenLocation());
    }

    private static LayoutException error(String problem, String path, JsonLocation location) {
        return new LayoutException(problem, location.getLineNr(), location.getColumnNr(), path, null);
    }

    static LayoutException translate(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation location = json.getLocation();
            return new LayoutException(JsonErrors.problem(json), location.getLineNr(), location.getColumnNr(),
                    JsonErrors.path(json).orElse(null), e);
        }
        return new LayoutException("cannot read layout: " + e.getMessage(), 0, 0, null, e);
    }
}
