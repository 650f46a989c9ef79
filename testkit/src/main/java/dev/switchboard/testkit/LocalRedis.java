package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server on a free loopback port, for tests and demos of Redis-backed state. It binds
 * 127.0.0.1 only and persists nothing ({@code --save "" --appendonly no}). The binary is a
 * {@code redis-server} 6.2+ found on the PATH, else the Linux x86-64 build shipped in
 * {@code com.github.codemonstur:embedded-redis}. {@link #start()} returns once the server answers
 * PING; {@link #close()} kills it, and so does JVM exit if it was not closed.
 *
 * <pre>{@code
 * try (LocalRedis redis = LocalRedis.start()) {
 *     RedisState state = RedisState.connect(redis.uri());
 *     // ...
 *     redis.kill();      // Redis down
 *     redis.restart();   // up again, same port, empty
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class LocalRedis implements AutoCloseable {
    private static final long READY_TIMEOUT_MILLIS = 5_000;
    private static final int OUTPUT_LINES_KEPT = 20;
    private static final int PORT_ATTEMPTS = 3;

    private final Path binary;
    private final int port;
    private final Deque<String> output = new ArrayDeque<>();
    private final Thread shutdownHook;
    private volatile Process process;
    private boolean closed;

    private LocalRedis(Path binary, int port) {
        this.binary = binary;
        this.port = port;
        this.shutdownHook = new Thread(this::destroy, "LocalRedis-shutdown-" + port);
    }

    /**
     * Starts a redis-server on a free loopback port and waits (up to 5 s) until it answers.
     *
     * @throws IllegalStateException if no usable binary exists or the server does not come up; the
     *     message names the binary and its last lines of output
     */
    public static LocalRedis start() {
        return start(RedisServerBinary.find());
    }

    /** As {@link #start()}, running {@code binary}. */
    static LocalRedis start(Path binary) {
        checkNotNull(binary, "binary");
        for (int attempt = 1; ; attempt++) {
            LocalRedis redis = new LocalRedis(binary, freePort());
            Runtime.getRuntime().addShutdownHook(redis.shutdownHook);
            try {
                redis.launch();
                return redis;
            } catch (RuntimeException e) {
                redis.close();
                // Another process may take the free port between our probe and redis-server's bind.
                boolean portTaken = String.valueOf(e.getMessage()).contains("Address already in use");
                if (!portTaken || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** {@code redis://127.0.0.1:<port>}, for a Redis client. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** The loopback port the server listens on; the same after {@link #restart()}. */
    public int port() {
        return port;
    }

    /** Whether the server process is alive. */
    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Kills the server at once (SIGKILL), as a crash would; {@link #restart()} brings it back. */
    public synchronized void kill() {
        destroy();
    }

    /** Kills the server if it runs, then starts a new, empty one on the same port and waits until it answers. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("LocalRedis on port " + port + " is closed");
        }
        destroy();
        launch();
    }

    /** Kills the server; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs anyway, and destroy() is idempotent
        }
    }

    private void launch() {
        synchronized (output) {
            output.clear();
        }
        List<String> command = List.of(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                "--dir", System.getProperty("java.io.tmpdir"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + binary + ": " + e.getMessage(), e);
        }
        Thread reader = new Thread(() -> keepOutput(process.getInputStream()), "LocalRedis-output-" + port);
        reader.setDaemon(true);
        reader.start();
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw notReady("exited with status " + process.exitValue());
            }
            if (answersPing()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                destroy();
                throw new IllegalStateException("interrupted while waiting for " + binary, e);
            }
        }
        destroy();
        throw notReady("did not answer PING within " + READY_TIMEOUT_MILLIS + " ms");
    }

    private IllegalStateException notReady(String what) {
        try {
            // let the reader take the last words of a process that just exited
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String lines;
        synchronized (output) {
            lines = String.join("\n", output);
        }
        return new IllegalStateException(binary + " on 127.0.0.1:" + port + " " + what
                + (lines.isEmpty() ? " and printed nothing" : "; its last output:\n" + lines));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = new byte[7];
            int read = socket.getInputStream().readNBytes(answer, 0, answer.length);
            return new String(answer, 0, read, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException notYet) {
            return false;
        }
    }

    private void keepOutput(InputStream stream) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    if (output.size() == OUTPUT_LINES_KEPT) {
                        output.removeFirst();
                    }
                    output.addLast(line);
                }
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private void destroy() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            running.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    @Override
    public String toString() {
        return "LocalRedis[" + uri() + ", " + binary + (isRunning() ? "" : ", stopped") + "]";
    }
}
