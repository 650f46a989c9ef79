package dev.switchboard.examples.cli;

import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code validate --input ndjson}: one keyboard per line in, one JSON line out per keyboard, in
 * constant memory. A report line is {@code {"line":N,"valid":…,"platforms":{…}}}, the report shape
 * of {@code --format json} with the line number first; a line that cannot be used is
 * {@code {"line":N,"error":"…"}} and the lines after it are still checked. Blank lines are skipped.
 * Exit status: 2 if any line was unusable (or the input could not be opened), else 1 if any
 * keyboard had an ERROR, else 0.
 */
final class NdjsonValidation {
    private final KeyboardInput keyboards;
    private final Map<String, KeyboardRules> rules;
    private final PrintWriter out;
    private final PrintWriter err;

    NdjsonValidation(KeyboardInput keyboards, Map<String, KeyboardRules> rules, PrintWriter out, PrintWriter err) {
        this.keyboards = keyboards;
        this.rules = rules;
        this.out = out;
        this.err = err;
    }

    int run(String file, InputStream stdin) {
        String name = InputFile.name(file);
        try {
            return InputFile.read(file, stdin, in -> run(name, in, false));
        } catch (UnusableInputException e) {
            err.println(e.getMessage());
            return Cli.UNUSABLE;
        }
    }

    /**
     * Checks every line of {@code in}, named {@code name} in messages, and returns the exit status;
     * with {@code flushEachLine} each report line is flushed as soon as it is written (a stream
     * answered while it is still being read).
     */
    int run(String name, InputStream in, boolean flushEachLine) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, KeyboardInput.MAX_BYTES);
        int status = Cli.VALID;
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                status = Math.max(status, check(name, line));
                if (flushEachLine) {
                    out.flush();
                }
            }
        }
        out.flush();
        return status;
    }

    private int check(String name, NdjsonLines.Line line) throws IOException {
        String where = name + ":" + line.number();
        if (line.tooLong()) {
            out.println(ReportJson.error(line.number(), where + ": line is over the limit of " + KeyboardInput.MAX_BYTES
                    + " bytes (1 MiB)"));
            return Cli.UNUSABLE;
        }
        Keyboard keyboard;
        try {
            keyboard = keyboards.parse(where, line.bytes());
        } catch (UnusableInputException e) {
            out.println(ReportJson.error(line.number(), e.getMessage()));
            return Cli.UNUSABLE;
        }
        Map<String, ValidationReport> reports = ValidateCommand.validate(keyboard, rules);
        out.println(ReportJson.write(line.number(), reports));
        return reports.values().stream().allMatch(ValidationReport::isValid) ? Cli.VALID : Cli.INVALID;
    }
}
