package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.telegram.TelegramPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load run: POSTs {@code updates} Telegram webhook updates from {@code threads}
 * threads (JDK {@link HttpClient}, keep-alive) and prints updates/s, p50 and p99. Without a URL it
 * starts an embedded {@link WebhookServer} with the Telegram webhook handler and a sink that does
 * nothing, so what is measured is the server plus the handler. Every run stops after {@code
 * updates} requests or 120 seconds, whichever comes first.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.WebhookLoad [updates=2000] [threads=50] [warmup=500] [url]
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
        WebhookServer server = null;
        URI url;
        if (args.length > 3) {
            url = URI.create(args[3]);
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
            run(url, template, warmup, threads);
            long[] latencies = run(url, template, updates, threads);
            print(server, updates, threads, latencies);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Latencies in nanoseconds of the requests that got 200, sorted; the last element is the wall time. */
    private static long[] run(URI url, String template, int count, int threads) throws Exception {
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
                for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline.get(); ) {
                    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(template.replace("UPDATE_ID",
                                    Integer.toString(1_000_000 + i)))).build();
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

    private static void print(WebhookServer server, int updates, int threads, long[] result) {
        int ok = result.length - 1;
        long wall = result[ok];
        System.out.printf("%s: %d of %d updates ok from %d threads in %.2f s: %.0f updates/s, p50 %.1f ms,"
                        + " p99 %.1f ms%n", server == null ? "external server" : "embedded WebhookServer", ok,
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
}
