package dev.switchboard.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in a JVM of its own, started from this JVM's class path with the same JVM options for
 * every server of a run, so that the servers compared differ only in what they run and the load
 * client's work is not billed to them. The child prints the address it listens on; its output
 * is kept (the last lines) for error messages. Closing it destroys the process.
 */
final class ChildJvm implements AutoCloseable {
    /** The options every server JVM of a load run gets: a fixed heap, so no run pays for growing it. */
    static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    private static final Pattern ADDRESS = Pattern.compile("http://(127\\.0\\.0\\.1|localhost|\\[::1]):(\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final int KEPT_LINES = 40;

    private final String name;
    private final Process process;
    private final URI base;
    private final Deque<String> output;

    private ChildJvm(String name, Process process, URI base, Deque<String> output) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.output = output;
    }

    /**
     * Starts {@code mainClass} with {@code args} and waits (at most a minute) until it prints an
     * {@code http://127.0.0.1:PORT} address.
     */
    static ChildJvm start(String name, String mainClass, List<String> args) throws IOException, InterruptedException {
        return start(name, mainClass, args, List.of());
    }

    /** As {@link #start(String, String, List)}, with {@code extraOptions} after the common JVM options (e.g. JFR). */
    static ChildJvm start(String name, String mainClass, List<String> args, List<String> extraOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Deque<String> output = new ArrayDeque<>();
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process, output, address), name + "-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI base = address.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return new ChildJvm(name, process, base, output);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not print the address it listens on (waited at most "
                    + START_LIMIT.toSeconds() + " s); its output: " + lines(output), e);
        }
    }

    private static void read(Process process, Deque<String> output, CompletableFuture<URI> address) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                synchronized (output) {
                    output.addLast(line);
                    if (output.size() > KEPT_LINES) {
                        output.removeFirst();
                    }
                }
                Matcher matcher = ADDRESS.matcher(line);
                if (!address.isDone() && matcher.find()) {
                    address.complete(URI.create("http://" + matcher.group(1) + ":" + matcher.group(2)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        address.completeExceptionally(new IOException("exited with " + exitValue(process)));
    }

    private static String exitValue(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String lines(Deque<String> output) {
        synchronized (output) {
            return output.isEmpty() ? "(none)" : String.join(" | ", output);
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code pathAndQuery}. */
    URI url(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    /** CPU time the process has used so far (user and system), or zero where the platform does not say. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The process id, for {@code jcmd} and {@code /proc}. */
    long pid() {
        return process.pid();
    }

    /** The last lines it printed, for an error message. */
    String output() {
        return lines(output);
    }

    /** Whether it still runs. */
    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " at " + base;
    }
}
