package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
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
 * {@code switchboard validate [--platform telegram|vk|all] [--format text|json] FILE|-}: checks a
 * layout against each requested platform's limits and prints every violation.
 */
@Command(name = "validate", sortOptions = false,
        description = "Checks a layout file against each platform's limits and lists every violation.")
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

    @Parameters(paramLabel = "FILE|-", description = "Layout JSON file, or - for standard input.")
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
        Keyboard keyboard;
        try {
            keyboard = LayoutInput.read(file, stdin);
        } catch (UnusableInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.UNUSABLE;
        }
        Map<String, ValidationReport> reports = new LinkedHashMap<>();
        for (String name : requested) {
            reports.put(name, Validator.validate(keyboard, platforms.writer(name).orElseThrow().rules()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(ReportJson.write(reports));
        } else {
            ReportText.write(reports, out);
        }
        return reports.values().stream().allMatch(ValidationReport::isValid) ? Cli.VALID : Cli.INVALID;
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
