package dev.switchboard.core.payload;

import java.util.ArrayList;
import java.util.List;

/**
 * The packed form's text rules: fields are separated by {@code :}; inside a field {@code :} is
 * written {@code \:} and {@code \} is written {@code \\}. Any other backslash is malformed.
 */
final class Escaping {
    static final char SEPARATOR = ':';
    static final char ESCAPE = '\\';

    private Escaping() {
    }

    static void appendEscaped(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == SEPARATOR || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
    }

    /**
     * The unescaped fields of {@code packed}, trailing empty ones included ({@code "a:"} is
     * {@code ["a", ""]}), or null when an escape is malformed (a lone or trailing backslash).
     */
    static List<String> split(String packed) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < packed.length(); i++) {
            char c = packed.charAt(i);
            if (c == ESCAPE) {
                if (i + 1 == packed.length()) {
                    return null;
                }
                char next = packed.charAt(++i);
                if (next != SEPARATOR && next != ESCAPE) {
                    return null;
                }
                field.append(next);
            } else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
