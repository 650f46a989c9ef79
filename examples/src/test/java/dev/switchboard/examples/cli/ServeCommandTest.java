package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code switchboard serve}'s options, start-up line, stop, and refusals of bad settings. */
@Timeout(60)
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private Thread running;
    private CompletableFuture<Integer> status;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.interrupt();
            status.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void printsWhereItListensAnswersAndStopsWithStatusZeroWhenInterrupted() throws Exception {
        int port = start("serve", "--port", "0");

        HttpResponse<String> health = get(port, "/health");
        running.interrupt();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
        running = null;
        assertThat(out.toString()).matches("listening on http://127\\.0\\.0\\.1:\\d+/ ; Ctrl-C stops it\\R");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void appliesTheBodyLimit() throws Exception {
        int port = start("serve", "--port", "0", "--max-body-bytes", "10", "--threads", "2",
                "--max-connections", "8");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, "/v1/validate"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(11))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"error\":\"body larger than 10 bytes\"}\n");
    }

    @Test
    void appliesTheHeaderAndBodyTimeouts() throws Exception {
        int port = start("serve", "--port", "0", "--header-timeout", "300ms", "--body-timeout", "300ms",
                "--idle-timeout", "2s");

        assertThat(closedByServer(port, "POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")).isTrue();
        assertThat(closedByServer(port, "POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n{"))
                .isTrue();
    }

    @Test
    void refusesAMalformedDurationAsAUsageError() {
        CliRun run = run("serve", "--body-timeout", "10 seconds");

        assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("'10 seconds' is not a duration like 500ms, 10s or 2m");
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThat(run("serve", "--threads", "0").err()).contains("serve: threads must be positive: 0");
        assertThat(run("serve", "--port", "70000").err()).contains("serve: --port must be between 0 and 65535: 70000");
        assertThat(run("serve", "--max-body-bytes", "0").status()).isEqualTo(Cli.UNUSABLE);
    }

    @Test
    void saysSoWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = run("serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.status()).isEqualTo(Cli.UNUSABLE);
            assertThat(run.err()).startsWith("serve: cannot listen on ");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void helpListsEverySetting() {
        CliRun run = run("serve", "--help");

        assertThat(run.out()).contains("--port", "--host", "--threads", "--max-body-bytes", "--max-connections",
                "--header-timeout", "--body-timeout", "--idle-timeout", "docs/service.md");
        assertThat(run("--help").out()).contains("serve");
    }

    private int start(String... args) throws InterruptedException {
        status = new CompletableFuture<>();
        running = new Thread(() -> status.complete(new Cli(Platforms.builtIn(), Map.of()).run(args,
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new BufferWriter(out)),
                new PrintWriter(new BufferWriter(err)))), "serve-under-test");
        running.start();
        for (int i = 0; i < 200; i++) {
            Matcher matcher = LISTENING.matcher(out);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (status.isDone()) {
                throw new AssertionError("serve stopped: " + err);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not say where it listens: " + out + err);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(port, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static boolean closedByServer(int port, String start) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() != -1) {
                    // whatever the server said before closing
                }
                return true;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
    }

    /** A writer into a shared buffer, read while the command runs. */
    private static final class BufferWriter extends Writer {
        private final StringBuffer buffer;

        BufferWriter(StringBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
