package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.core.transport.SecretFragments;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a client test class if the fake token shows up in what it produced: everything written to
 * System.out and System.err (slf4j-simple logs there) while the class ran, every exception a test
 * let escape, and every exception, message or string handed to {@link #scan}. Checks the token as
 * written and URL-encoded, and every run of 8 of its characters.
 */
final class TokenLeakCheck implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    static final String TOKEN = "123456:TEST-TOKEN-must-not-leak";

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
        scan("System.out/System.err of " + context.getDisplayName(), captured.toString(StandardCharsets.UTF_8));
    }

    /**
     * Fails if {@code text} leaks the token: whole, URL-encoded, or 8 or more characters of it
     * ({@link SecretFragments}, the same check as Telegram's TokenLeakCheck).
     */
    static void scan(String where, String text) {
        SecretFragments.leak(text, TOKEN).ifPresent(leak -> fail("token leaked into " + where + ": " + leak));
    }

    /** Fails if the message, toString, stack trace or any cause or suppressed exception of {@code error} has the token. */
    static <T extends Throwable> T scan(T error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        scan("exception " + error.getClass().getName(), error + "\n" + error.getMessage() + "\n" + trace);
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            scan("cause " + cause.getClass().getName(), cause + "\n" + cause.getMessage());
        }
        return error;
    }

    /** Writes to the original stream and to the capture. */
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
            } catch (java.io.IOException ignored) {
                // the console is best effort; the capture is what is checked
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (second) {
                second.write(b, off, len);
            }
            try {
                first.write(b, off, len);
            } catch (java.io.IOException ignored) {
                // the console is best effort; the capture is what is checked
            }
        }

        @Override
        public void flush() {
            try {
                first.flush();
            } catch (java.io.IOException ignored) {
                // best effort
            }
        }
    }
}
