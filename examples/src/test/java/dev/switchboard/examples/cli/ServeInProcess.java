package dev.switchboard.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code switchboard serve --port 0} run in this JVM on a thread, for tests in other packages (the
 * playground's browser test): started once it prints its address, stopped by interrupting it.
 */
public final class ServeInProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");

    private final Thread thread;
    private final String baseUrl;

    private ServeInProcess(Thread thread, String baseUrl) {
        this.thread = thread;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code serve} on a free loopback port and waits (at most {@code timeout}) until it listens. */
    public static ServeInProcess start(Duration timeout) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> new Cli(Platforms.builtIn(), Map.of(), StandardCharsets.UTF_8).run(
                new String[] {"serve", "--host", "127.0.0.1", "--port", "0"}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true)), "switchboard-serve-under-test");
        thread.setDaemon(true);
        thread.start();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Matcher matcher = LISTENING.matcher(out.toString());
            if (matcher.find()) {
                return new ServeInProcess(thread, matcher.group(1));
            }
            if (!thread.isAlive() || Instant.now().isAfter(deadline)) {
                thread.interrupt();
                throw new IllegalStateException("switchboard serve did not start within " + timeout.toSeconds()
                        + " s; it printed: " + out + err);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting switchboard serve", e);
            }
        }
    }

    /** The service's base URL, {@code http://127.0.0.1:PORT/}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Stops the service and waits (at most 10 s) for it. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
