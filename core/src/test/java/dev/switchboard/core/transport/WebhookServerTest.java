package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookServerTest {
    private final List<WebhookRequest> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookServer server;

    @BeforeEach
    void start() {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/hook", request -> {
                    received.add(request);
                    return WebhookResponse.ok("ok");
                })
                .route("/broken", request -> {
                    throw new IllegalStateException("boom");
                })
                .route("/busy", request -> WebhookResponse.retryLater("saturated", Duration.ofMillis(1500)))
                .maxBodyBytes(16)
                .build();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void routesPostsToTheHandlerWithHeadersAndBody() throws Exception {
        HttpResponse<String> response = post("/hook", "{\"a\":1}", "X-Secret", "s3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
            assertThat(request.header("x-secret")).contains("s3");
            assertThat(request.method()).isEqualTo("POST");
        });
    }

    @Test
    void refusesBodiesOverTheLimitWith413WithoutCallingTheHandler() throws Exception {
        HttpResponse<String> response = post("/hook", "x".repeat(17), "X-A", "b");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(received).isEmpty();
        assertThat(post("/hook", "x".repeat(16), "X-A", "b").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAStreamedBodyOverTheLimitWith413WithoutCallingTheHandler() throws Exception {
        byte[] body = "x".repeat(17).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/hook"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(received).isEmpty();
    }

    @Test
    void refusesOtherMethodsWith405NamingPost() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/hook")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(received).isEmpty();
    }

    @Test
    void matchesPathsExactlySoSubPathsAndPrefixesAre404() throws Exception {
        assertThat(post("/hook/extra", "{}", "X-A", "b").statusCode()).isEqualTo(404);
        assertThat(post("/hookx", "{}", "X-A", "b").statusCode()).isEqualTo(404);
        assertThat(post("/", "{}", "X-A", "b").statusCode()).isEqualTo(404);
        assertThat(received).isEmpty();
        assertThat(post("/hook?from=test", "{}", "X-A", "b").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsTheHandlersHeadersSuchAsRetryAfter() throws Exception {
        HttpResponse<String> response = post("/busy", "{}", "X-A", "b");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
        assertThat(response.body()).isEqualTo("saturated");
    }

    @Test
    void aFailingHandlerGives500AndTheServerLivesOn() throws Exception {
        assertThat(post("/broken", "{}", "X-A", "b").statusCode()).isEqualTo(500);
        assertThat(post("/hook", "{}", "X-A", "b").statusCode()).isEqualTo(200);
    }

    @Test
    void aTakenPortIsASwitchboardException() {
        assertThatThrownBy(() -> WebhookServer.builder(server.address()).route("/x", r -> WebhookResponse.ok(""))
                .build()).isInstanceOf(WebhookServerException.class).hasMessageContaining("cannot listen on");
    }

    private HttpResponse<String> post(String path, String body, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }
}
