package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.core.transport.SecretFragments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a client test class if the test token shows up anywhere in what it produced: everything
 * written to System.out and System.err while it ran (slf4j-simple logs there), every exception a
 * test let escape, the messages, {@code toString()} and causes of every exception and object
 * handed to {@link #thrown} or {@link #record}, and every text or exception handed to
 * {@link #scan}. A leak is the token whole or URL-encoded, or any 8 characters of its secret part
 * ({@link SecretFragments}). Every client test class of the adapters registers one
 * ({@code @RegisterExtension}) and uses {@link #TOKEN}.
 */
public final class TokenLeakCheck implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    /** The fake token every client test uses. */
    public static final String TOKEN = "123456:TEST-TOKEN-must-not-leak";

    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private PrintStream out;
    private PrintStream err;
    private ByteArrayOutputStream captured;

    @Override
    public void beforeAll(ExtensionContext context) {
        out = System.out;
        err = System.err;
        captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getExecutionException().ifPresent(TokenLeakCheck::scan);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
        String problem = leakIn(List.of(captured.toString(StandardCharsets.UTF_8)),
                "the console output of " + context.getDisplayName());
        if (problem == null) {
            problem = leakIn(texts, "an exception or toString()");
        }
        if (problem != null) {
            fail(problem);
        }
    }

    /** Runs {@code call}, which must throw; records and returns what it threw. */
    public Throwable thrown(ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable e) {
            record(e);
            return e;
        }
        throw new AssertionError("expected an exception");
    }

    /** Records the text of {@code value}: for a throwable its messages, toString and causes, deeply. */
    public void record(Object value) {
        if (value instanceof Throwable error) {
            texts.add(describe(error, Collections.newSetFromMap(new IdentityHashMap<>())));
        } else {
            texts.add(String.valueOf(value));
        }
    }

    /**
     * The first text that leaks the token (whole, URL-encoded, or 8 or more characters of its
     * secret part), described without quoting it; else null.
     */
    public static String leakIn(List<String> candidates, String where) {
        synchronized (candidates) {
            for (String text : candidates) {
                Optional<String> leak = SecretFragments.leak(text, TOKEN);
                if (leak.isPresent()) {
                    return "the bot token leaked into " + where + ": " + leak.get();
                }
            }
        }
        return null;
    }

    /** Fails at once if {@code text} leaks the token, as {@link #leakIn} tells. */
    public static void scan(String where, String text) {
        SecretFragments.leak(text, TOKEN).ifPresent(leak -> fail("token leaked into " + where + ": " + leak));
    }

    /** Fails at once if the message, toString, stack trace or any cause of {@code error} has the token. */
    public static <T extends Throwable> T scan(T error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        scan("exception " + error.getClass().getName(), error + "\n" + error.getMessage() + "\n" + trace);
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            scan("cause " + cause.getClass().getName(), cause + "\n" + cause.getMessage());
        }
        return error;
    }

    private static String describe(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return "";
        }
        StringBuilder text = new StringBuilder().append(error).append('\n').append(error.getMessage()).append('\n')
                .append(error.getLocalizedMessage()).append('\n');
        for (Throwable suppressed : error.getSuppressed()) {
            text.append(describe(suppressed, seen));
        }
        return text.append(describe(error.getCause(), seen)).toString();
    }

    /** Writes to the original stream and to the capture; the console is best effort, the capture is checked. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            synchronized (second) {
                second.write(b);
            }
            try {
                first.write(b);
            } catch (IOException ignored) {
                // best effort
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (second) {
                second.write(b, off, len);
            }
            try {
                first.write(b, off, len);
            } catch (IOException ignored) {
                // best effort
            }
        }

        @Override
        public void flush() {
            try {
                first.flush();
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
