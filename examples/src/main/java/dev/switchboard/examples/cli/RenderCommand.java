package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard render --platform telegram|vk FILE|-}: prints the platform's keyboard JSON
 * (Telegram's {@code reply_markup} object, VK's {@code keyboard} object) on one line. With
 * {@code --from telegram|vk} the input is that platform's own keyboard JSON, so this converts between
 * platforms ({@code convert} is an alias). Warnings go
 * to stderr; an invalid layout prints its report to stderr and nothing to stdout.
 */
@Command(name = "render", aliases = "convert", sortOptions = false,
        description = "Prints the platform's keyboard JSON for a keyboard (a layout, or another platform's JSON with"
                + " --from): Telegram reply_markup, VK keyboard.",
        footer = {"", "Exit status: 0 rendered (the JSON on stdout, warnings on stderr); 1 invalid for the platform "
                + "(report on stderr, nothing on stdout); 2 unusable input (one line on stderr with line, column and "
                + "path) or a usage error; " + Cli.INTERNAL_ERROR_HELP})
final class RenderCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Platforms platforms;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "telegram|vk", required = true,
            description = "Platform to render for.")
    String platform;

    @Option(names = "--from", paramLabel = "layout|telegram|vk", defaultValue = KeyboardInput.LAYOUT,
            description = "What the input is: a neutral layout, a Telegram reply_markup or a VK keyboard"
                    + " (default: ${DEFAULT-VALUE}).")
    String from;

    @Parameters(paramLabel = "FILE|-", description = "Keyboard JSON file, or - for standard input.")
    String file;

    RenderCommand(Platforms platforms, InputStream stdin) {
        this.platforms = platforms;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        KeyboardWriter writer = platforms.writer(platform).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--platform': '" + platform + "'; render needs one of "
                        + platforms.choices()));
        KeyboardInput input = KeyboardInput.from(from, platforms).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--from': '" + from + "'; expected "
                + platforms.choices(KeyboardInput.LAYOUT)));
        PrintWriter err = spec.commandLine().getErr();
        Keyboard keyboard;
        try {
            keyboard = input.read(file, stdin);
        } catch (UnusableInputException e) {
            err.println(e.getMessage());
            return Cli.UNUSABLE;
        }
        Rendering rendering = render(writer, keyboard);
        if (rendering.json().isEmpty()) {
            ReportText.write(Map.of(platform, rendering.report()), err);
            return Cli.INVALID;
        }
        ReportText.writeLines(rendering.report(), err);
        spec.commandLine().getOut().println(rendering.json().get());
        return Cli.VALID;
    }

    /**
     * What rendering {@code keyboard} with {@code writer} gives: the platform's report, and its JSON on
     * one line unless the platform rejects the keyboard (the report then says why).
     *
     * @param report the platform's report: warnings only when there is JSON
     * @param json the platform's keyboard JSON on one line, empty when the platform rejects the keyboard
     */
    record Rendering(ValidationReport report, Optional<String> json) {
    }

    /** Validates {@code keyboard} for {@code writer}'s platform and writes it when the platform accepts it. */
    static Rendering render(KeyboardWriter writer, Keyboard keyboard) {
        ValidationReport report = Validator.validate(keyboard, writer.rules());
        if (!report.isValid()) {
            return new Rendering(report, Optional.empty());
        }
        try {
            return new Rendering(report, Optional.of(oneLine(writer.write(keyboard))));
        } catch (KeyboardRejectedException e) {
            return new Rendering(e.report(), Optional.empty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the " + writer.rules().platform() + " writer wrote JSON that does not parse", e);
        }
    }

    /** The writer's JSON as is when it is already one line, else re-written compactly. */
    private static String oneLine(String json) throws JsonProcessingException {
        if (json.indexOf('\n') < 0 && json.indexOf('\r') < 0) {
            return json;
        }
        return MAPPER.writeValueAsString(MAPPER.readTree(json));
    }
}
