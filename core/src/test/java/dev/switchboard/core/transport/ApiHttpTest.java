package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApiHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<WebhookRequest> RECEIVED = new CopyOnWriteArrayList<>();
    private static WebhookServer server;

    static Stream<ApiHttp> clients() {
        return Stream.of(ApiHttp.shared(), ApiHttp.of(HttpClient.newHttpClient()));
    }

    @BeforeAll
    static void startServer() {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/echo", request -> {
                    RECEIVED.add(request);
                    return WebhookResponse.typed(200, "application/json",
                            "{\"got\":" + request.body().length + "}");
                })
                .route("/revoked", request -> WebhookResponse.typed(401, "application/json",
                        "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"))
                .route("/moved", request -> new WebhookResponse(302, "", Map.of("Location", "/echo")))
                .route("/cookie", request -> new WebhookResponse(200, "{}", Map.of("Set-Cookie", "session=abc; Path=/")))
                .build();
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    @ParameterizedTest
    @MethodSource("clients")
    void postsTheBodyWithItsContentTypeAndReadsTheWholeAnswer(ApiHttp http) throws Exception {
        byte[] body = "{\"text\":\"Привет 👋\"}".getBytes(StandardCharsets.UTF_8);

        ApiResponse response = http.post(uri("/echo"), "application/json", body, TIMEOUT);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"got\":" + body.length + "}");
        WebhookRequest received = RECEIVED.get(RECEIVED.size() - 1);
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header("Content-Type")).hasValue("application/json");
        assertThat(received.header("Host")).hasValue("127.0.0.1:" + server.address().getPort());
    }

    @ParameterizedTest
    @MethodSource("clients")
    void answersA401WithoutWwwAuthenticateAsItCame(ApiHttp http) throws Exception {
        ApiResponse response = http.post(uri("/revoked"), "application/json", new byte[0], TIMEOUT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"error_code\":401");
    }

    @ParameterizedTest
    @MethodSource("clients")
    void followsNoRedirect(ApiHttp http) throws Exception {
        ApiResponse response = http.post(uri("/moved"), "application/json", new byte[0], TIMEOUT);

        assertThat(response.status()).isEqualTo(302);
    }

    @ParameterizedTest
    @MethodSource("clients")
    void keepsNoCookieAServerSets(ApiHttp http) throws Exception {
        http.post(uri("/cookie"), "application/json", new byte[0], TIMEOUT);

        http.post(uri("/echo"), "application/json", new byte[0], TIMEOUT);

        assertThat(RECEIVED.get(RECEIVED.size() - 1).header("Cookie")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("clients")
    void aBodyThatStallsHalfWayTimesOutAtTheDeadline(ApiHttp http) throws Exception {
        try (CannedServer stalled = CannedServer.holding(CannedServer.stalledJsonAnswer())) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> http.post(stalled.uri("/stalled"), "application/json", new byte[0],
                    Duration.ofMillis(300)))
                    .isInstanceOf(HttpTimeoutException.class)
                    .hasMessage("request timed out: no complete answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @ParameterizedTest
    @MethodSource("clients")
    void aConnectionClosedBeforeTheAnswerIsAnIoFailureInOneShortLine(ApiHttp http) throws Exception {
        try (CannedServer closing = CannedServer.closing("")) {
            assertThatThrownBy(() -> http.post(closing.uri("/closed"), "application/json", new byte[0], TIMEOUT))
                    .isInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(String.valueOf(e.getMessage())).hasSizeLessThan(200));
        }
    }
}
