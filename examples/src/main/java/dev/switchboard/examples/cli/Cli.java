package dev.switchboard.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Wires the picocli command tree to the given streams, so tests need no System streams. */
final class Cli {
    /** The layout is valid on every requested platform (warnings are allowed), or every update was read. */
    static final int VALID = 0;
    /** At least one ERROR on a requested platform ({@code parse}: at least one update skipped). */
    static final int INVALID = 1;
    /**
     * Unreadable or malformed input, or a usage error ({@code send}: also a missing token); nothing
     * was written to stdout.
     */
    static final int UNUSABLE = 2;
    /** {@code send}: the platform refused the message, or could not be reached. */
    static final int API_FAILURE = 3;

    /**
     * A failure no command handled: a bug in the SDK or the CLI, or the JVM out of memory, never bad input
     * (sysexits.h's EX_SOFTWARE). One line on stderr with a hint, tokens redacted, no stack trace unless
     * {@code SWITCHBOARD_DEBUG=1}.
     */
    static final int INTERNAL_ERROR = 70;

    /** The end of every command's exit-status help: what 70 means. */
    static final String INTERNAL_ERROR_HELP = "70 an internal error (a bug, or out of memory): one line on stderr "
            + "with a hint, no stack trace unless SWITCHBOARD_DEBUG=1.";

    /** {@code demo}: a scripted step failed (the reason is on stderr). */
    static final int DEMO_FAILED = 1;

    private final Platforms platforms;
    private final Map<String, String> env;
    private final Charset charset;

    /** A command line whose streams are UTF-8. */
    Cli(Platforms platforms, Map<String, String> env) {
        this(platforms, env, StandardCharsets.UTF_8);
    }

    /**
     * @param env the environment {@code send} and {@code bot} read tokens and API URLs from ({@code System.getenv()}
     *        in the real command line, a plain map in tests)
     * @param charset what stdout encodes to and stdin is read in ({@code demo} draws with ASCII when it
     *        cannot encode box drawing)
     */
    Cli(Platforms platforms, Map<String, String> env, Charset charset) {
        this.platforms = platforms;
        this.env = Map.copyOf(env);
        this.charset = charset;
    }

    /** Runs one command line and returns its exit status; both writers are flushed. */
    int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SwitchboardCommand())
                .addSubcommand(new ValidateCommand(platforms, stdin))
                .addSubcommand(new RenderCommand(platforms, stdin))
                .addSubcommand(new ParseCommand(platforms, stdin))
                .addSubcommand(new SendCommand(platforms, stdin, env))
                .addSubcommand(new BotCommand(platforms, env))
                .addSubcommand(new ServeCommand(platforms))
                .addSubcommand(new DemoCommand(stdin, charset));
        commandLine.setOut(out);
        commandLine.setErr(err);
        InternalFailure failure = internalFailure();
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            failure.report(command.getCommandSpec().qualifiedName(), error, command.getErr());
            return INTERNAL_ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error error) {
            // what picocli lets through: an Error from a command (OutOfMemoryError, StackOverflowError, ...), or
            // anything thrown while parsing or printing help
            failure.report(innermost(commandLine).getCommandSpec().qualifiedName(), error, err);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The subcommand the arguments named, as far as they were parsed, else the top command. */
    private static CommandLine innermost(CommandLine top) {
        CommandLine.ParseResult parsed = top.getParseResult();
        if (parsed == null) {
            return top;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    /** The reporter of unhandled failures: redacts every token from the environment, traces with SWITCHBOARD_DEBUG=1. */
    private InternalFailure internalFailure() {
        List<String> tokens = platforms.names().stream()
                .map(name -> platforms.connector(name).map(c -> env.get(c.tokenVariable())).orElse(null))
                .filter(token -> token != null).toList();
        return new InternalFailure(tokens, "1".equals(env.get(InternalFailure.DEBUG_VARIABLE)));
    }
}
