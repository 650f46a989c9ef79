package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard validate [--platform telegram|vk|all] [--format text|json] [--from layout|telegram|vk]
 * [--input json|ndjson] FILE|-}: checks a keyboard (a layout, a Telegram {@code reply_markup} or a VK
 * {@code keyboard}) against each requested platform's limits and prints every violation. With
 * {@code --input ndjson} it reads one keyboard per line and writes one JSON report per line.
 */
@Command(name = "validate", sortOptions = false,
        description = "Checks a keyboard (layout, Telegram reply_markup or VK keyboard) against each platform's limits"
                + " and lists every violation.",
        footer = {"", "Exit status: 0 valid on every requested platform (warnings allowed); 1 at least one ERROR; "
                + "2 unusable input (unreadable file, malformed JSON, unknown kind or field, wrong type: one line on "
                + "stderr with line, column and path, nothing on stdout) or a usage error; with --input ndjson 2 if "
                + "any line was unusable, else 1 if any keyboard was invalid; " + Cli.INTERNAL_ERROR_HELP})
final class ValidateCommand implements Callable<Integer> {
    private static final String ALL = "all";
    private static final List<String> FORMATS = List.of("text", "json");

    private final Platforms platforms;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "telegram|vk|all", defaultValue = ALL,
            description = "Platform to check against (default: ${DEFAULT-VALUE}).")
    String platform;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: one line per violation and a summary, or one JSON document (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--from", paramLabel = "layout|telegram|vk", defaultValue = KeyboardInput.LAYOUT,
            description = "What the input is: a neutral layout, a Telegram reply_markup or a VK keyboard"
                    + " (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--input", paramLabel = "json|ndjson", defaultValue = "json",
            description = "One JSON document, or NDJSON: one keyboard per line, one JSON report per line out"
                    + " (default: ${DEFAULT-VALUE}).")
    String input;

    @Parameters(paramLabel = "FILE|-", description = "Keyboard JSON file, or - for standard input.")
    String file;

    ValidateCommand(Platforms platforms, InputStream stdin) {
        this.platforms = platforms;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        List<String> requested = requestedPlatforms();
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + format + "'; expected text or json");
        }
        KeyboardInput keyboards = KeyboardInput.from(from, platforms).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--from': '" + from + "'; expected "
                + platforms.choices(KeyboardInput.LAYOUT)));
        if (input.equals("ndjson")) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--format") && !format.equals("json")) {
                throw new ParameterException(spec.commandLine(), "--input ndjson writes JSON lines; --format "
                        + format + " does not apply");
            }
            return new NdjsonValidation(keyboards, rulesOf(requested), spec.commandLine().getOut(),
                    spec.commandLine().getErr()).run(file, stdin);
        }
        if (!input.equals("json")) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--input': '" + input + "'; expected json or ndjson");
        }
        Keyboard keyboard;
        try {
            keyboard = keyboards.read(file, stdin);
        } catch (UnusableInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.UNUSABLE;
        }
        Map<String, ValidationReport> reports = validate(keyboard, rulesOf(requested));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(ReportJson.write(reports));
        } else {
            ReportText.write(reports, out);
        }
        return reports.values().stream().allMatch(ValidationReport::isValid) ? Cli.VALID : Cli.INVALID;
    }

    /** One report per requested platform, in output order. */
    static Map<String, ValidationReport> validate(Keyboard keyboard, Map<String, KeyboardRules> rules) {
        Map<String, ValidationReport> reports = new LinkedHashMap<>();
        rules.forEach((name, platformRules) -> reports.put(name, Validator.validate(keyboard, platformRules)));
        return reports;
    }

    private Map<String, KeyboardRules> rulesOf(List<String> requested) {
        return rulesOf(platforms, requested);
    }

    /** The rules of each requested platform, in the order given. */
    static Map<String, KeyboardRules> rulesOf(Platforms platforms, List<String> requested) {
        Map<String, KeyboardRules> rules = new LinkedHashMap<>();
        for (String name : requested) {
            rules.put(name, platforms.writer(name).orElseThrow().rules());
        }
        return rules;
    }

    private List<String> requestedPlatforms() {
        if (platform.equals(ALL)) {
            return platforms.names();
        }
        if (platforms.writer(platform).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--platform': '" + platform
                    + "'; expected " + platforms.choices(ALL));
        }
        return List.of(platform);
    }
}
