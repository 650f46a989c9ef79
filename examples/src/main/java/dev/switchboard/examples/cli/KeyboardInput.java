package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.layout.LayoutJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A keyboard in one of the formats {@code --from} names: {@code layout} (the neutral layout JSON),
 * {@code telegram} ({@code reply_markup}) or {@code vk} ({@code keyboard}), with the limits one input
 * may cost: at most {@value #MAX_BYTES} bytes and {@value #MAX_BUTTONS} buttons. Every failure is an
 * {@link UnusableInputException} whose message starts with the input's name. Immutable.
 */
final class KeyboardInput {
    /** 1 MiB: the most one keyboard document (or one NDJSON line) may take. */
    static final int MAX_BYTES = 1 << 20;
    /** The most buttons one keyboard may have, far above any platform's limit. */
    static final int MAX_BUTTONS = 10_000;
    static final String LAYOUT = "layout";

    private final String from;
    private final Platforms platforms;

    private KeyboardInput(String from, Platforms platforms) {
        this.from = from;
        this.platforms = platforms;
    }

    /** The input for {@code --from}, if it names {@code layout} or a platform that reads its own keyboard JSON. */
    static Optional<KeyboardInput> from(String from, Platforms platforms) {
        if (from.equals(LAYOUT) || platforms.format(from).isPresent()) {
            return Optional.of(new KeyboardInput(from, platforms));
        }
        return Optional.empty();
    }

    /** Reads the whole {@code FILE|-} argument as one keyboard. */
    Keyboard read(String file, InputStream stdin) throws UnusableInputException {
        byte[] bytes = InputFile.read(file, stdin, in -> in.readNBytes(MAX_BYTES + 1));
        String name = InputFile.name(file);
        if (bytes.length > MAX_BYTES) {
            throw new UnusableInputException(name + ": input is over the limit of " + MAX_BYTES + " bytes (1 MiB)");
        }
        return parse(name, bytes);
    }

    /** Parses one document (a file, or one NDJSON line) named {@code name} in messages. */
    Keyboard parse(String name, byte[] bytes) throws UnusableInputException {
        Keyboard keyboard;
        try {
            keyboard = from.equals(LAYOUT) ? LayoutJson.read(new ByteArrayInputStream(bytes))
                    : platforms.format(from).orElseThrow().read(utf8(name, bytes));
        } catch (LayoutException e) {
            throw new UnusableInputException(name + ": " + e.getMessage());
        }
        if (keyboard.buttonCount() > MAX_BUTTONS) {
            throw new UnusableInputException(name + ": keyboard has " + keyboard.buttonCount()
                    + " buttons; one input may have at most " + MAX_BUTTONS);
        }
        return keyboard;
    }

    private static String utf8(String name, byte[] bytes) throws UnusableInputException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(name + ": not UTF-8 text");
        }
    }
}
