package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load client against an in-process {@code WebhookServer}: both clients read the same answers,
 * keep their connections alive, and the closed loop counts every request once, as good or as failed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClosedLoopTest {
    private static final byte[] REQUEST = "{\"type\":\"inline\",\"rows\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final String ANSWER = "{\"valid\":true,\"label\":\"👍 Yes\"}\n";
    private static final AtomicInteger ECHOED = new AtomicInteger();
    private static WebhookServer server;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/answer", request -> WebhookResponse.ok(ANSWER))
                .route("/echo", request -> {
                    ECHOED.incrementAndGet();
                    return WebhookResponse.ok(new String(request.body(), StandardCharsets.UTF_8));
                })
                .build();
        server.start();
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        server.close();
    }

    private final List<Exchange> opened = new ArrayList<>();

    @AfterEach
    void closeConnections() {
        opened.forEach(Exchange::close);
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    @ParameterizedTest
    @EnumSource(Exchange.Client.class)
    void readsStatusAndBodyAgainAndAgainOnOneConnection(Exchange.Client client) throws IOException {
        try (Exchange exchange = client.open(url("/answer"), JdkExchange.client())) {
            for (int i = 0; i < 3; i++) {
                Exchange.Answer answer = exchange.post(REQUEST);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.bodyEquals(ANSWER.getBytes(StandardCharsets.UTF_8))).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Exchange.Client.class)
    void readsARefusalAndKeepsGoing(Exchange.Client client) throws IOException {
        try (Exchange exchange = client.open(url("/nowhere"), JdkExchange.client())) {
            assertThat(exchange.post(REQUEST).status()).isEqualTo(404);
            assertThat(exchange.post(REQUEST).status()).isEqualTo(404);
        }
    }

    @Test
    void sendsTheBodyWithItsLength() throws IOException {
        byte[] large = ("[\"" + "é".repeat(40_000) + "\"]").getBytes(StandardCharsets.UTF_8);
        try (Exchange exchange = new SocketExchange(url("/echo"))) {
            Exchange.Answer answer = exchange.post(large);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.bodyEquals(large)).isTrue();
        }
    }

    @Test
    void stopsAfterTheBudgetAndCountsEveryRequestOnce() throws InterruptedException {
        ClosedLoop.Target target = new ClosedLoop.Target("echo", url("/echo"), REQUEST, REQUEST);
        int before = ECHOED.get();
        ClosedLoop.Phase phase = ClosedLoop.run(target, connections(target, 3), pool, Duration.ofSeconds(30), 250);
        assertThat(phase.sent()).isEqualTo(250);
        assertThat(phase.ok()).isEqualTo(250);
        assertThat(phase.failures()).isZero();
        assertThat(phase.latencies()).hasSize(250);
        assertThat(java.util.Arrays.stream(phase.latencies()).min().orElseThrow()).isPositive();
        assertThat(ECHOED.get() - before).isEqualTo(250);
        assertThat(phase.firstFailure()).isEmpty();
    }

    @Test
    void countsADifferentBodyAsAFailureAndSaysWhatCame() throws InterruptedException {
        byte[] other = "{\"valid\":false}".getBytes(StandardCharsets.UTF_8);
        ClosedLoop.Target target = new ClosedLoop.Target("answer", url("/answer"), REQUEST, other);
        ClosedLoop.Phase phase = ClosedLoop.run(target, connections(target, 2), pool, Duration.ofSeconds(30), 40);
        assertThat(phase.sent()).isEqualTo(40);
        assertThat(phase.ok()).isZero();
        assertThat(phase.failures()).isEqualTo(40);
        assertThat(phase.latencies()).isEmpty();
        assertThat(phase.firstFailure()).startsWith("answer: status 200").contains("\"label\":\"👍 Yes\"");
    }

    @Test
    void countsAnotherStatusAsAFailure() throws InterruptedException {
        ClosedLoop.Target target = new ClosedLoop.Target("missing", url("/missing"), REQUEST, REQUEST);
        ClosedLoop.Phase phase = ClosedLoop.run(target, connections(target, 2), pool, Duration.ofSeconds(30), 10);
        assertThat(phase.ok() + phase.failures()).isEqualTo(phase.sent()).isEqualTo(10);
        assertThat(phase.failures()).isEqualTo(10);
        assertThat(phase.firstFailure()).startsWith("missing: status 404");
    }

    @Test
    void stopsWhenItsTimeIsUp() throws InterruptedException {
        ClosedLoop.Target target = new ClosedLoop.Target("answer", url("/answer"), REQUEST,
                ANSWER.getBytes(StandardCharsets.UTF_8));
        ClosedLoop.Phase phase = ClosedLoop.run(target, connections(target, 2), pool, Duration.ofMillis(300),
                ServiceLoad.MAX_REQUESTS_PER_PHASE);
        assertThat(phase.sent()).isPositive().isLessThan(ServiceLoad.MAX_REQUESTS_PER_PHASE);
        assertThat(phase.ok()).isEqualTo(phase.sent());
        assertThat(phase.wallNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }

    private List<Exchange> connections(ClosedLoop.Target target, int count) {
        List<Exchange> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new SocketExchange(target.url()));
        }
        opened.addAll(list);
        return list;
    }
}
