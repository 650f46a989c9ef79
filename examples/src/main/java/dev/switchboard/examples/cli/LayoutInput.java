package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.layout.LayoutJson;
import java.io.InputStream;

/**
 * The layout named by a {@code FILE|-} argument. Every failure becomes an
 * {@link UnusableInputException} whose message starts with the file name (or {@code <stdin>})
 * and then names the place.
 */
final class LayoutInput {
    private LayoutInput() {
    }

    static Keyboard read(String file, InputStream stdin) throws UnusableInputException {
        try {
            return InputFile.read(file, stdin, LayoutJson::read);
        } catch (LayoutException e) {
            throw new UnusableInputException(InputFile.name(file) + ": " + e.getMessage());
        }
    }
}
