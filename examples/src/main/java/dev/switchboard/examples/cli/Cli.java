package dev.switchboard.examples.cli;

import dev.switchboard.core.spi.Redaction;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    /** A bug in the SDK or the CLI, not bad input: one line on stderr, tokens redacted, no stack trace. */
    static final int INTERNAL_ERROR = 70;

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
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println(internalError(command.getCommandSpec().qualifiedName(), error));
            return INTERNAL_ERROR;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The one line printed for an exception no command handled: the command, the exception's
     * class and its message on one line, with every token from the environment redacted.
     */
    String internalError(String command, Exception error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().replaceAll("\\s+", " ").trim();
        String line = command + ": internal error: " + error.getClass().getName() + message;
        for (String name : platforms.names()) {
            String token = platforms.connector(name).map(c -> env.get(c.tokenVariable())).orElse(null);
            if (token != null && !token.isEmpty()) {
                line = Redaction.redact(line, token);
            }
        }
        return line;
    }
}
