package dev.switchboard.examples.cli;

import dev.switchboard.core.spi.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What the CLI prints for a failure no command handled (a bug, or the JVM out of memory): one line naming
 * the command, the failure and what to do about it, every secret redacted; the stack trace follows only with
 * {@value #DEBUG_VARIABLE}{@code =1}. The process then exits {@link Cli#INTERNAL_ERROR}, never 1 ("invalid").
 */
final class InternalFailure {
    /** The variable that adds the stack trace under the line when it is {@code 1}. */
    static final String DEBUG_VARIABLE = "SWITCHBOARD_DEBUG";

    /** What to do about a bug. */
    static final String BUG_HINT = "this is a bug in switchboard; rerun with " + DEBUG_VARIABLE
            + "=1 for the stack trace and report it";

    /** What to do when the heap ran out: the {@code java} launcher reads {@code JDK_JAVA_OPTIONS}, also under ./switchboard. */
    static final String MEMORY_HINT = "the JVM ran out of memory; give it more, e.g. JDK_JAVA_OPTIONS=-Xmx2g";

    private final List<String> secrets;
    private final boolean debug;

    /**
     * @param secrets values never printed, in whole or in part (the tokens from the environment)
     * @param debug whether the stack trace follows the line
     */
    InternalFailure(List<String> secrets, boolean debug) {
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
        this.debug = debug;
    }

    /** Prints the line (and with debug the redacted stack trace) for {@code failure} in {@code command} to {@code err}. */
    void report(String command, Throwable failure, PrintWriter err) {
        err.println(line(command, failure));
        if (debug) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(redact(trace.toString()));
        }
        err.flush();
    }

    /**
     * The one line: {@code <command>: internal error: <class>: <message>; <hint>}, the message's line breaks
     * folded into spaces, every secret redacted.
     */
    String line(String command, Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().replaceAll("\\s+", " ").trim();
        String hint = failure instanceof OutOfMemoryError ? MEMORY_HINT : BUG_HINT;
        return redact(command + ": internal error: " + failure.getClass().getName() + message) + "; " + hint;
    }

    private String redact(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = Redaction.redact(redacted, secret);
        }
        return redacted;
    }
}
