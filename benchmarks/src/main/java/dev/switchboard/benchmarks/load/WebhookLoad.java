package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load run: POSTs {@code updates} Telegram webhook updates from {@code threads}
 * threads and prints updates/s, p50 and p99. Each thread keeps one HTTP/1.1 connection alive over
 * a plain socket (client {@code raw}, the default, so the client costs next to nothing) or shares
 * the JDK {@link HttpClient} (client {@code jdk}). Without a URL it
 * starts an embedded {@link WebhookServer} with the Telegram webhook handler and a sink that does
 * nothing, so what is measured is the server plus the handler. Every run stops after {@code
 * updates} requests or 120 seconds, whichever comes first.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.WebhookLoad [updates=2000] [threads=50] [warmup=500] [raw|jdk] [url]
 * }</pre>
 */
public final class WebhookLoad {
    private static final String SECRET = "load-secret";
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private WebhookLoad() {
    }

    /** Runs the load and prints one line of figures. */
    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        boolean raw = args.length <= 3 || !args[3].equals("jdk");
        WebhookServer server = null;
        URI url;
        if (args.length > 4) {
            url = URI.create(args[4]);
        } else {
            TelegramPlatform telegram = TelegramPlatform.builder("123456:load-test-token-not-real").build();
            server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .route("/tg", telegram.webhook(SECRET, update -> { }))
                    .build();
            server.start();
            url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/tg");
        }
        try {
            String template = template();
            run(url, template, warmup, threads, raw);
            long[] latencies = run(url, template, updates, threads, raw);
            print(server, raw, updates, threads, latencies);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Latencies in nanoseconds of the requests that got 200, sorted; the last element is the wall time. */
    private static long[] run(URI url, String template, int count, int threads, boolean raw) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long[] latencies = new long[count];
        Arrays.fill(latencies, Long.MAX_VALUE);
        AtomicLong deadline = new AtomicLong(System.nanoTime() + LIMIT.toNanos());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = pool.submit(() -> {
                KeepAlive connection = raw ? new KeepAlive(url) : null;
                for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline.get(); ) {
                    String body = template.replace("UPDATE_ID", Integer.toString(1_000_000 + i));
                    if (raw) {
                        long sent = System.nanoTime();
                        try {
                            if (connection.post(body) == 200) {
                                latencies[i] = System.nanoTime() - sent;
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                            connection.close();
                        }
                        continue;
                    }
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200) {
                            latencies[i] = System.nanoTime() - sent;
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                }
                if (connection != null) {
                    connection.close();
                }
                return null;
            });
        }
        for (Future<?> worker : workers) {
            worker.get(LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
        }
        long wall = System.nanoTime() - start;
        pool.shutdownNow();
        if (failures.get() > 0) {
            System.out.println("failed requests: " + failures.get());
        }
        long[] ok = Arrays.stream(latencies).filter(l -> l != Long.MAX_VALUE).sorted().toArray();
        long[] result = Arrays.copyOf(ok, ok.length + 1);
        result[ok.length] = wall;
        return result;
    }

    private static void print(WebhookServer server, boolean raw, int updates, int threads, long[] result) {
        int ok = result.length - 1;
        long wall = result[ok];
        System.out.printf("%s, %s client: %d of %d updates ok from %d threads in %.2f s: %.0f updates/s,"
                        + " p50 %.1f ms, p99 %.1f ms%n", server == null ? "external server" : "embedded WebhookServer",
                raw ? "raw keep-alive" : "JDK HttpClient", ok,
                updates, threads, wall / 1e9, ok / (wall / 1e9), percentile(result, ok, 0.50),
                percentile(result, ok, 0.99));
    }

    private static double percentile(long[] sorted, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        int index = Math.min(count - 1, (int) Math.ceil(p * count) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String template() throws IOException {
        try (InputStream in = WebhookLoad.class.getResourceAsStream("/corpus/telegram/06-message-start.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.replaceFirst("\"update_id\"\\s*:\\s*\\d+", "\"update_id\":UPDATE_ID");
        }
    }

    /** One keep-alive HTTP/1.1 connection over a plain socket; reconnects after the server closed it. */
    private static final class KeepAlive {
        private final URI url;
        private Socket socket;
        private OutputStream out;
        private BufferedInputStream in;

        KeepAlive(URI url) {
            this.url = url;
        }

        /** POSTs {@code json} and returns the status, having read the whole response. */
        int post(String json) throws IOException {
            if (socket == null) {
                socket = new Socket(url.getHost(), url.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(10_000);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream());
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: " + SECRET
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            long length = 0;
            boolean close = false;
            for (String header; !(header = line()).isEmpty(); ) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            in.skipNBytes(length);
            if (close) {
                close();
            }
            return Integer.parseInt(status.split(" ")[1]);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c == -1) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
