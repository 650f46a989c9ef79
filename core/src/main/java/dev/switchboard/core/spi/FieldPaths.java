package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Field names as path segments for error messages. A plain word is appended after a dot
 * ({@code message.chat}); any other name, the empty one included, is quoted in brackets
 * ({@code message[""]}, {@code message["a.b"]}) and cut to {@value #MAX_NAME} characters, so no
 * name can break the path or make the message huge. Both adapters' readers and the layout reader
 * name fields this way. Stateless.
 */
public final class FieldPaths {
    /** Longest name written whole; JSON allows 50 000 characters, a message should not. */
    public static final int MAX_NAME = 64;

    private FieldPaths() {
    }

    /** Appends {@code name} to {@code path} as its next segment. */
    public static void appendName(StringBuilder path, String name) {
        if (isPlain(name)) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(name);
            return;
        }
        String shown = name;
        if (name.length() > MAX_NAME) {
            int cut = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
            shown = name.substring(0, cut) + "…";
        }
        path.append("[\"");
        JsonStringEncoder.getInstance().quoteAsString(shown, path);
        path.append("\"]");
    }

    private static boolean isPlain(String name) {
        int length = name.length();
        if (length == 0 || length > MAX_NAME) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-' || c == '$';
            if (!word) {
                return false;
            }
        }
        return true;
    }
}
