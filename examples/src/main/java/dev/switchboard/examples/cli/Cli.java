package dev.switchboard.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires the picocli command tree to the given streams, so tests need no System streams. */
final class Cli {
    /** The layout is valid on every requested platform (warnings are allowed), or every update was read. */
    static final int VALID = 0;
    /** At least one ERROR on a requested platform ({@code parse}: at least one update skipped). */
    static final int INVALID = 1;
    /** Unreadable or malformed input, or a usage error; nothing was written to stdout. */
    static final int UNUSABLE = 2;

    private final Platforms platforms;

    Cli(Platforms platforms) {
        this.platforms = platforms;
    }

    /** Runs one command line and returns its exit status; both writers are flushed. */
    int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SwitchboardCommand())
                .addSubcommand(new ValidateCommand(platforms, stdin))
                .addSubcommand(new RenderCommand(platforms, stdin))
                .addSubcommand(new ParseCommand(platforms, stdin));
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
