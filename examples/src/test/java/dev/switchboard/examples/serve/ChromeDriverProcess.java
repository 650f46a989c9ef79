package dev.switchboard.examples.serve;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A chromedriver process on a free loopback port, killed (with its children) on {@link #close()}. */
final class ChromeDriverProcess implements AutoCloseable {
    private final Process process;
    private final URI uri;

    private ChromeDriverProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts {@code binary} and waits (at most {@code timeout}) until it answers {@code /status} as ready. */
    static ChromeDriverProcess start(Path binary, Path log, Duration timeout) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(List.of(binary.toString(), "--port=" + port, "--log-path=" + log))
                .redirectErrorStream(true)
                .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .start();
        ChromeDriverProcess driver = new ChromeDriverProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
        try {
            driver.awaitReady(timeout);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return driver;
    }

    /** The driver's base URI. */
    URI uri() {
        return uri;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(uri.resolve("/status")).timeout(Duration.ofSeconds(2)).build();
        WebDriverSession.waitUntil(timeout, "chromedriver to answer /status on " + uri, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("chromedriver exited with status " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(status, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"ready\":true");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Kills chromedriver and any browser it left behind. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
