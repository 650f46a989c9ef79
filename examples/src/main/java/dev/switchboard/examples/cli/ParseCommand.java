package dev.switchboard.examples.cli;

import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.event.UpdateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard parse --platform telegram|vk FILE|-}: reads platform updates with the
 * platform's {@link UpdateReader} and prints one neutral event per update as a JSON line
 * ({@link EventJson}). Skipped updates are listed on stderr with their position; unusable input
 * prints one message on stderr and nothing on stdout.
 */
@Command(name = "parse", sortOptions = false,
        description = "Reads Telegram or VK updates and prints one neutral event per update as a JSON line (NDJSON).",
        footer = {"",
            "Input: one update (a Telegram Update object, a VK event envelope); a batch (a Telegram getUpdates "
                    + "response {\"ok\":true,\"result\":[...]}, a VK Long Poll response {\"ts\":...,\"updates\":[...]}, "
                    + "or a JSON array of updates); or several of these separated by whitespace, such as NDJSON from "
                    + "a log. Updates are numbered from 0 across the whole input.",
            "",
            "Output: one JSON line per update, of type button_press, message, membership, chat_migrated or "
                    + "ignored (an update type the SDK does not model). The fields are listed in docs/events.md.",
            "",
            "Exit status: 0 every update was read; 1 some were skipped, each named on stderr as "
                    + "'update N: skipped: ...' while the others are printed; 2 unusable input (unreadable file, "
                    + "not JSON, a batch that cannot be read, a lone update that cannot be read) or a usage error, "
                    + "with a message on stderr and nothing on stdout; " + Cli.INTERNAL_ERROR_HELP})
final class ParseCommand implements Callable<Integer> {
    /** Every update was read. */
    static final int ALL_READ = 0;
    /** At least one update was skipped; the others were printed. */
    static final int SOME_SKIPPED = 1;

    private final Platforms platforms;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "telegram|vk", required = true,
            description = "Platform the updates come from.")
    String platform;

    @Parameters(paramLabel = "FILE|-", description = "Update JSON file, or - for standard input.")
    String file;

    ParseCommand(Platforms platforms, InputStream stdin) {
        this.platforms = platforms;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        UpdateReader reader = platforms.reader(platform).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--platform': '" + platform + "'; parse needs one of "
                        + platforms.choices()));
        PrintWriter err = spec.commandLine().getErr();
        String name = InputFile.name(file);
        byte[] input;
        try {
            input = InputFile.readAllBytes(file, stdin);
        } catch (UnusableInputException e) {
            err.println(e.getMessage());
            return Cli.UNUSABLE;
        }
        List<UpdateInput.Value> values = UpdateInput.split(input);
        if (values.isEmpty()) {
            err.println(name + ": empty input");
            return Cli.UNUSABLE;
        }
        StringWriter lines = new StringWriter();
        List<String> skips = new ArrayList<>();
        int position = 0;
        for (UpdateInput.Value value : values) {
            if (value.batch()) {
                UpdateBatch batch;
                try {
                    batch = reader.readBatch(value.bytes(input));
                } catch (UpdateParseException e) {
                    err.println(name + ": " + value.describe(e));
                    return Cli.UNUSABLE;
                }
                for (Update update : batch.updates()) {
                    EventJson.write(update, lines);
                }
                for (SkippedUpdate skipped : batch.skipped()) {
                    skips.add(skipLine(position + skipped.position(), skipped.updateId(),
                            value.describe(skipped.error())));
                }
                position += batch.updates().size() + batch.skipped().size();
            } else {
                try {
                    EventJson.write(reader.read(value.bytes(input)), lines);
                } catch (UpdateParseException e) {
                    if (values.size() == 1) {
                        err.println(name + ": " + value.describe(e));
                        return Cli.UNUSABLE;
                    }
                    skips.add(skipLine(position, Optional.empty(), value.describe(e)));
                }
                position++;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.write(lines.toString());
        skips.forEach(err::println);
        return skips.isEmpty() ? ALL_READ : SOME_SKIPPED;
    }

    /** {@code update 3: skipped: …}, or {@code update 3 (updateId 503): skipped: …} when the id was read. */
    private static String skipLine(int position, Optional<String> updateId, String error) {
        return "update " + position + updateId.map(id -> " (updateId " + id + ")").orElse("") + ": skipped: " + error;
    }
}
