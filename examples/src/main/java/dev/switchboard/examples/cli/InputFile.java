package dev.switchboard.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code FILE|-} argument of a command: the file, or stdin for {@code -}. Every failure to
 * open or read it becomes an {@link UnusableInputException} whose message starts with the file
 * name (or {@code <stdin>}).
 */
final class InputFile {
    /** The argument that means standard input. */
    static final String STDIN = "-";

    /** Reads what the argument names from an open stream, which the caller closes. */
    @FunctionalInterface
    interface Reading<T> {
        T read(InputStream in) throws IOException;
    }

    private InputFile() {
    }

    /** The name for messages: the argument as given, or {@code <stdin>} for {@code -}. */
    static String name(String file) {
        return file.equals(STDIN) ? "<stdin>" : file;
    }

    /** Opens the file (or takes stdin, left open) and reads it with {@code reading}. */
    static <T> T read(String file, InputStream stdin, Reading<T> reading) throws UnusableInputException {
        String name = name(file);
        try {
            if (file.equals(STDIN)) {
                return reading.read(stdin);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UnusableInputException(name + ": cannot read: is a directory");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return reading.read(in);
            }
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(name + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new UnusableInputException(name + ": cannot read: permission denied");
        } catch (IOException | InvalidPathException e) {
            throw new UnusableInputException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Every byte of the file or of stdin. */
    static byte[] readAllBytes(String file, InputStream stdin) throws UnusableInputException {
        return read(file, stdin, InputStream::readAllBytes);
    }
}
