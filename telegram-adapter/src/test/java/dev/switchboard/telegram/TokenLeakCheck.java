package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.core.transport.SecretFragments;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a client test class if the bot token shows up anywhere in what it produced: everything
 * written to System.out and System.err while it ran (slf4j-simple logs there), and the
 * messages, {@code toString()} and causes of every exception and object handed to
 * {@link #thrown} or {@link #record}. A leak is the token whole or URL-encoded, or any 8
 * characters of its secret part ({@link SecretFragments}, the same check as VK's TokenLeakCheck). Every client test class registers one and uses
 * {@link #TOKEN}.
 */
final class TokenLeakCheck implements BeforeAllCallback, AfterAllCallback {
    /** The fake token every client test uses. */
    static final String TOKEN = "123456:TEST-TOKEN-must-not-leak";

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private PrintStream out;
    private PrintStream err;

    @Override
    public void beforeAll(ExtensionContext context) {
        out = System.out;
        err = System.err;
        System.setOut(tee(out));
        System.setErr(tee(err));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setOut(out);
        System.setErr(err);
        String problem = leakIn(List.of(console.toString(StandardCharsets.UTF_8)), "the console output");
        if (problem == null) {
            problem = leakIn(texts, "an exception or toString()");
        }
        if (problem != null) {
            fail(problem);
        }
    }

    /** Runs {@code call}, which must throw; records and returns what it threw. */
    Throwable thrown(ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable e) {
            record(e);
            return e;
        }
        throw new AssertionError("expected an exception");
    }

    /** Records the text of {@code value}: for a throwable its messages, toString and causes, deeply. */
    void record(Object value) {
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
    static String leakIn(List<String> candidates, String where) {
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

    private PrintStream tee(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (console) {
                    console.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (console) {
                    console.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
