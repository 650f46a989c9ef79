package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.layout.LayoutJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code FILE|-} argument of a command: reads the layout from the file, or from stdin for
 * {@code -}. Every failure becomes an {@link UnusableLayoutException} whose message starts with
 * the file name (or {@code <stdin>}) and then names the place.
 */
final class LayoutInput {
    /** The argument that means standard input. */
    static final String STDIN = "-";

    private LayoutInput() {
    }

    static Keyboard read(String file, InputStream stdin) throws UnusableLayoutException {
        String name = file.equals(STDIN) ? "<stdin>" : file;
        try {
            if (file.equals(STDIN)) {
                return LayoutJson.read(stdin);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UnusableLayoutException(name + ": cannot read: is a directory");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return LayoutJson.read(in);
            }
        } catch (LayoutException e) {
            throw new UnusableLayoutException(name + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UnusableLayoutException(name + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new UnusableLayoutException(name + ": cannot read: permission denied");
        } catch (IOException | InvalidPathException e) {
            throw new UnusableLayoutException(name + ": cannot read: " + e.getMessage());
        }
    }
}
