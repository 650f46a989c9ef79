package dev.switchboard.examples.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code switchboard} jar. Output is UTF-8 (layouts and platform JSON
 * carry non-ASCII labels) except on a terminal, where it is the terminal's charset so that
 * what is printed is what the person sees ({@code demo} then draws with ASCII if the terminal
 * cannot show box drawing); the process exits with the command's status: 0 valid (for
 * {@code parse}: every update read; for {@code send}: sent), 1 at least one ERROR (some update
 * skipped), 2 unusable input or a usage error ({@code send}: also a missing token), 3 for
 * {@code send} an API failure ({@code bot}: an update source failed), 70 an internal failure (a bug, or
 * the JVM out of memory: one line on stderr with a hint); {@code serve} runs until interrupted.
 * {@code send} and {@code bot}
 * read {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}, {@code VK_GROUP_TOKEN} and
 * {@code VK_API_URL} from the environment, {@code bot} also {@code VK_GROUP_ID}.
 */
public final class Main {
    private Main() {
    }

    /** slf4j-simple's level for every logger, read once when the first logger is made. */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** slf4j-simple's level for Jetty's loggers. */
    static final String JETTY_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.eclipse.jetty";

    /** Runs {@code switchboard} with the process's streams and exits with its status. */
    public static void main(String[] args) {
        quietLogsForDemo(args);
        quietJettyForServe(args);
        Charset charset = charset(System.console());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset));
        System.exit(new Cli(Platforms.builtIn(), System.getenv(), charset).run(args, System.in, out, err));
    }

    /**
     * For {@code demo}, logs only errors unless {@value #LOG_LEVEL} is set: its transcript says
     * what happens, and the runtime's INFO lines would interleave with it. Must run before any
     * logger is made.
     */
    static void quietLogsForDemo(String[] args) {
        if (args.length > 0 && args[0].equals("demo") && System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "error");
        }
    }

    /**
     * For {@code serve}, logs Jetty's warnings and errors only unless {@value #JETTY_LOG_LEVEL} is set:
     * its start-up lines repeat what {@code serve}'s own {@code listening on} line says. Must run
     * before any logger is made.
     */
    static void quietJettyForServe(String[] args) {
        if (args.length > 0 && args[0].equals("serve") && System.getProperty(JETTY_LOG_LEVEL) == null) {
            System.setProperty(JETTY_LOG_LEVEL, "warn");
        }
    }

    /** The terminal's charset when there is a terminal, else UTF-8 (output piped to a file or a program). */
    static Charset charset(Console console) {
        return console == null ? StandardCharsets.UTF_8 : console.charset();
    }
}
