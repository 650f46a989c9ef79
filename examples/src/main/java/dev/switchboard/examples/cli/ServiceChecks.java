package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.examples.serve.KeyboardChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line's checks for {@code switchboard serve}: the same reading ({@link KeyboardInput}), the
 * same reports ({@link ReportJson}), the same rendering and the same NDJSON loop as {@code validate} and
 * {@code render}, so each answer's body is what the command prints for the same input read from
 * standard input, with the input named {@value #BODY} instead of {@code <stdin>} in messages.
 * Thread-safe.
 */
final class ServiceChecks implements KeyboardChecks {
    /** The name of the request body in messages, where the command line says {@code <stdin>} or the file name. */
    static final String BODY = "<body>";

    private final Platforms platforms;
    private final List<String> inputs;

    ServiceChecks(Platforms platforms) {
        this.platforms = platforms;
        List<String> names = new ArrayList<>();
        names.add(KeyboardInput.LAYOUT);
        platforms.names().stream().filter(name -> platforms.format(name).isPresent()).forEach(names::add);
        this.inputs = List.copyOf(names);
    }

    @Override
    public List<String> platforms() {
        return platforms.names();
    }

    @Override
    public List<String> inputs() {
        return inputs;
    }

    @Override
    public Answer validate(String from, List<String> names, byte[] body) {
        Keyboard keyboard;
        try {
            keyboard = parse(from, body);
        } catch (UnusableInputException e) {
            return unusable(e);
        }
        return ok(ReportJson.write(ValidateCommand.validate(keyboard, ValidateCommand.rulesOf(platforms, names))));
    }

    @Override
    public Answer render(String from, String platform, byte[] body) {
        Keyboard keyboard;
        try {
            keyboard = parse(from, body);
        } catch (UnusableInputException e) {
            return unusable(e);
        }
        RenderCommand.Rendering rendering = RenderCommand.render(platforms.writer(platform).orElseThrow(), keyboard);
        return rendering.json().map(ServiceChecks::ok)
                .orElseGet(() -> new Answer(422, ReportJson.write(Map.of(platform, rendering.report())) + "\n"));
    }

    @Override
    public Answer preview(String from, byte[] body) {
        Keyboard keyboard;
        try {
            keyboard = parse(from, body);
        } catch (UnusableInputException e) {
            return unusable(e);
        }
        Map<String, ValidationReport> reports = ValidateCommand.validate(keyboard,
                ValidateCommand.rulesOf(platforms, platforms.names()));
        Map<String, Optional<String>> rendered = new LinkedHashMap<>();
        for (String name : platforms.names()) {
            rendered.put(name, RenderCommand.render(platforms.writer(name).orElseThrow(), keyboard).json());
        }
        return ok(PreviewJson.write(keyboard, reports, rendered));
    }

    @Override
    public void validateBatch(String from, List<String> names, InputStream lines, OutputStream reports)
            throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(reports, StandardCharsets.UTF_8));
        new NdjsonValidation(input(from), ValidateCommand.rulesOf(platforms, names), out,
                new PrintWriter(Writer.nullWriter())).run(BODY, lines, true);
        if (out.checkError()) {
            throw new IOException("the client stopped reading the reports");
        }
    }

    private Keyboard parse(String from, byte[] body) throws UnusableInputException {
        if (body.length > KeyboardInput.MAX_BYTES) {
            throw new TooLargeException(BODY + ": input is over the limit of " + KeyboardInput.MAX_BYTES
                    + " bytes (1 MiB)");
        }
        return input(from).parse(BODY, body);
    }

    /** A body over the limit of one keyboard, possible when the server's body limit is set higher: 413. */
    private static final class TooLargeException extends UnusableInputException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private KeyboardInput input(String from) {
        return KeyboardInput.from(from, platforms).orElseThrow(() -> new IllegalArgumentException(
                "from must be one of " + inputs + ": " + from));
    }

    private static Answer ok(String json) {
        return new Answer(200, json + "\n");
    }

    private static Answer unusable(UnusableInputException e) {
        return Answer.error(e instanceof TooLargeException ? 413 : 400, e.getMessage());
    }
}
