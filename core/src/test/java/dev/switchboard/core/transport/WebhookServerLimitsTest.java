package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class WebhookServerLimitsTest {
    private static final String SLOW_HEADERS = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    private static final String SLOW_BODY = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{";
    private static final String VALID = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}";

    private WebhookServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void closesAConnectionWhoseHeadersTrickleInPastTheHeaderDeadline() throws Exception {
        start(b -> b.headerReadTimeout(Duration.ofMillis(300)));
        try (SlowClients slow = SlowClients.open(server.address(), 1, SLOW_HEADERS, 50)) {
            assertThat(closedByServer(slow.sockets().get(0))).isTrue();
        }
    }

    @Test
    void closesAConnectionWhoseBodyTricklesInPastTheBodyDeadline() throws Exception {
        start(b -> b.bodyReadTimeout(Duration.ofMillis(300)));
        try (SlowClients slow = SlowClients.open(server.address(), 1, SLOW_BODY, 50)) {
            assertThat(closedByServer(slow.sockets().get(0))).isTrue();
        }
    }

    @Test
    void closesAConnectionThatSendsNothingAfterTheIdleTimeout() throws Exception {
        start(b -> b.idleTimeout(Duration.ofMillis(300)));
        try (Socket idle = new Socket()) {
            idle.connect(server.address(), 2_000);
            idle.setSoTimeout(5_000);
            assertThat(closedByServer(idle)).isTrue();
        }
    }

    @Test
    void keepsAServedKeepAliveConnectionOpenUntilTheNextRequest() throws Exception {
        start(b -> b.headerReadTimeout(Duration.ofMillis(200)));
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2_000);
            socket.setSoTimeout(5_000);
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write(VALID.getBytes(StandardCharsets.US_ASCII));
                assertThat(readResponse(socket)).startsWith("HTTP/1.1 200");
                Thread.sleep(500);
            }
        }
    }

    @Test
    void acceptsNoMoreThanMaxConnectionsAndTheNextWaitsForAFreeSlot() throws Exception {
        start(b -> b.maxConnections(2));
        try (SlowClients slow = SlowClients.open(server.address(), 2, SLOW_HEADERS, 5_000);
             Socket third = new Socket()) {
            third.connect(server.address(), 2_000);
            third.getOutputStream().write(VALID.getBytes(StandardCharsets.US_ASCII));
            third.setSoTimeout(500);
            assertThatThrownBy(() -> third.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(server.openConnections()).isEqualTo(2);

            slow.sockets().get(0).close();
            third.setSoTimeout(5_000);
            assertThat(readResponse(third)).startsWith("HTTP/1.1 200");
        }
    }

    private void start(UnaryOperator<WebhookServer.Builder> settings) {
        server = settings.apply(WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("/hook", request -> WebhookResponse.ok("ok"))).build();
        server.start();
    }

    /** True when the server closes the connection before the socket's read timeout. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // drain whatever the server said before closing
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The status line and headers of one response with a body of "ok". */
    private static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\nok")) {
            int c = in.read();
            if (c == -1) {
                break;
            }
            text.append((char) c);
        }
        return text.toString();
    }
}
