package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WebhookServerHostileClientsTest {
    private static final String SLOW_HEADERS = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    private static final String SLOW_BODY = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WebhookServer server;

    @BeforeEach
    void start() {
        server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/hook", request -> WebhookResponse.ok("ok"))
                .build();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesValidRequestsWhile200SlowlorisConnectionsTrickleHeaders() throws Exception {
        try (SlowClients slow = SlowClients.open(server.address(), 200, SLOW_HEADERS, 200)) {
            assertServesTenRequestsWhileAllAreOpen(slow);
        }
    }

    @Test
    void servesValidRequestsWhile200ConnectionsTrickleBodies() throws Exception {
        try (SlowClients slow = SlowClients.open(server.address(), 200, SLOW_BODY, 200)) {
            assertServesTenRequestsWhileAllAreOpen(slow);
        }
    }

    private void assertServesTenRequestsWhileAllAreOpen(SlowClients slow) throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.address().getPort() + "/hook"))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        }
        assertThat(server.openConnections()).as("the slow connections were still open").isGreaterThanOrEqualTo(200);
    }
}
