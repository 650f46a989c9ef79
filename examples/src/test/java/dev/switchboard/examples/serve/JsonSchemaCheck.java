package dev.switchboard.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords the service's schemas use, and no
 * others: {@code $ref} (to {@code #/…} in the same document), {@code $defs}, {@code type} (a name or
 * a list), {@code properties}, {@code required}, {@code additionalProperties}, {@code items},
 * {@code enum}, {@code const}, {@code oneOf}, {@code minItems}, {@code maxItems}, and the annotations
 * {@code $schema}, {@code title}, {@code description}, {@code $comment}, {@code examples}, {@code default}. A schema
 * with any other keyword is refused by {@link #checkKeywords}, so a schema cannot lean on a keyword
 * this checker would silently ignore. Test-only: no JSON Schema library is approved.
 */
public final class JsonSchemaCheck {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "title", "description", "$comment", "examples", "default");
    private static final Set<String> KEYWORDS = Set.of("$ref", "$defs", "type", "properties", "required",
            "additionalProperties", "items", "enum", "const", "oneOf", "minItems", "maxItems");

    private final JsonNode root;

    /** A checker resolving {@code $ref}s against {@code root} (the schema document, or an OpenAPI document). */
    public JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    /**
     * Refuses {@code schema} and every schema inside it if any uses a keyword this checker does not know.
     *
     * @throws IllegalArgumentException naming the keyword and where it is
     */
    public static void checkKeywords(JsonNode schema, String where) {
        if (schema.isBoolean()) {
            return;
        }
        if (!schema.isObject()) {
            throw new IllegalArgumentException(where + ": a schema must be an object or a boolean");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (!ANNOTATIONS.contains(keyword) && !KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException(where + ": unsupported keyword \"" + keyword + "\"");
            }
            switch (keyword) {
                case "properties", "$defs" -> value.fields().forEachRemaining(
                        field -> checkKeywords(field.getValue(), where + "/" + keyword + "/" + field.getKey()));
                case "additionalProperties", "items" -> checkKeywords(value, where + "/" + keyword);
                case "oneOf" -> {
                    for (int i = 0; i < value.size(); i++) {
                        checkKeywords(value.get(i), where + "/oneOf/" + i);
                    }
                }
                case "$ref" -> {
                    if (!value.asText().startsWith("#/")) {
                        throw new IllegalArgumentException(where + ": only #/… references are supported: " + value);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Every way {@code value} breaks {@code schema}, each naming the value's path; empty when it conforms. */
    public List<String> errors(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "$", errors);
        return errors;
    }

    /** {@link #errors} against the schema at JSON pointer {@code pointer} (e.g. {@code #/components/schemas/Report}). */
    public List<String> errors(String pointer, JsonNode value) {
        return errors(resolve(pointer), value);
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                errors.add(path + ": no value is allowed here");
            }
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!ANNOTATIONS.contains(keyword) && !KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException("unsupported keyword \"" + keyword + "\" in a schema for " + path);
            }
        });
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": expected " + schema.get("type") + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !same(schema.get("const"), value)) {
            errors.add(path + ": expected " + schema.get("const") + ", found " + value);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= same(option, value);
            }
            if (!found) {
                errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, path, errors);
        }
        if (value.isArray()) {
            checkArray(schema, value, path, errors);
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> reasons = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> optionErrors = new ArrayList<>();
                check(option, value, path, optionErrors);
                if (optionErrors.isEmpty()) {
                    matching++;
                } else {
                    reasons.add(String.join("; ", optionErrors));
                }
            }
            if (matching != 1) {
                errors.add(path + ": matches " + matching + " of oneOf's " + schema.get("oneOf").size()
                        + " schemas, not exactly one" + (matching == 0 ? " " + reasons : ""));
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> errors) {
        JsonNode properties = schema.path("properties");
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    errors.add(path + ": missing required \"" + name.asText() + "\"");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), fieldPath, errors);
            } else if (schema.has("additionalProperties")) {
                check(schema.get("additionalProperties"), field.getValue(), fieldPath, errors);
            }
        }
    }

    private void checkArray(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            errors.add(path + ": more than " + schema.get("maxItems") + " items");
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private JsonNode resolve(String reference) {
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("only #/… references are supported: " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("unresolved reference " + reference);
        }
        return target;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean same(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return expected.equals(value);
    }
}
