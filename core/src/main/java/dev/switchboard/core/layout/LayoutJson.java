package dev.switchboard.core.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.switchboard.core.keyboard.Keyboard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the neutral layout JSON (version 1 of {@code docs/layout-format.md}), the file
 * format users write by hand and the CLI checks.
 *
 * <pre>{@code
 * Keyboard menu = LayoutJson.read(Path.of("menu.json"));
 * String json = LayoutJson.write(menu);
 * }</pre>
 *
 * <p>Reading is strict about structure: malformed JSON, a wrong value type, a duplicate key,
 * an unknown {@code kind} or an unknown field throw {@link LayoutException} naming the line,
 * column and path. Content that a platform limits (long labels, missing payloads, wide rows)
 * is read as written and left to the validators. Thread-safe.
 */
public final class LayoutJson {
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private LayoutJson() {
    }

    /** Reads a layout from a file. */
    public static Keyboard read(Path file) {
        checkNotNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new LayoutException("cannot read " + file + ": " + e.getMessage(), 0, 0, null, e);
        }
    }

    /** Reads a layout from a stream (UTF-8 or with a BOM), which is not closed. */
    public static Keyboard read(InputStream in) {
        checkNotNull(in, "in");
        try (JsonParser parser = JSON.createParser(in)) {
            return new LayoutReader(parser).readKeyboard();
        } catch (IOException e) {
            throw LayoutReader.translate(e);
        }
    }

    /** Reads a layout from a JSON text. */
    public static Keyboard read(String json) {
        checkNotNull(json, "json");
        try (JsonParser parser = JSON.createParser(json)) {
            return new LayoutReader(parser).readKeyboard();
        } catch (IOException e) {
            throw LayoutReader.translate(e);
        }
    }

    /** Writes a keyboard as layout JSON; {@code read(write(k))} equals {@code k}. */
    public static String write(Keyboard keyboard) {
        checkNotNull(keyboard, "keyboard");
        try {
            return LayoutWriter.write(keyboard);
        } catch (IOException e) {
            throw new AssertionError("writing to a string cannot fail", e);
        }
    }
}
