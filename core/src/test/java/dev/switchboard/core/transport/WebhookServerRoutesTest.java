package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WebhookServerRoutesTest {
    private HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<WebhookRequest> received = new CopyOnWriteArrayList<>();
    private WebhookServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void routesEachMethodOfAPathToItsOwnHandler() throws Exception {
        start(b -> b);

        assertThat(send("GET", "/thing", null).body()).isEqualTo("got");
        assertThat(send("POST", "/thing", "x").body()).isEqualTo("posted x");
    }

    @Test
    void answersAnUnroutedMethodWith405ListingTheRoutedOnesInAllow() throws Exception {
        start(b -> b);

        HttpResponse<String> response = send("DELETE", "/thing", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void givesTheHandlerThePathAndTheDecodedQuery() throws Exception {
        start(b -> b);

        send("POST", "/thing?platform=vk&from=a%20b&from=c&flag&x=1+2", "x");

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/thing");
            assertThat(request.query()).isEqualTo("platform=vk&from=a%20b&from=c&flag&x=1+2");
            assertThat(request.queryParameters()).containsExactly(Map.entry("platform", List.of("vk")),
                    Map.entry("from", List.of("a b", "c")), Map.entry("flag", List.of("")),
                    Map.entry("x", List.of("1 2")));
            assertThat(request.queryParameter("from")).contains("a b");
            assertThat(request.queryParameter("missing")).isEmpty();
        });
    }

    @Test
    void refusesAMalformedQueryEscapeWithAnIllegalArgument() {
        WebhookRequest request = new WebhookRequest("GET", Map.of(), new byte[0], "/", "a=%zz");

        assertThatThrownBy(request::queryParameters).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed query string");
    }

    @Test
    void aPrefixRouteMatchesEveryPathUnderItAndAnExactOrLongerOneWins() throws Exception {
        start(b -> b.route("GET", "/files/*", request -> WebhookResponse.ok("file " + request.path()))
                .route("GET", "/files/special/*", request -> WebhookResponse.ok("special"))
                .route("GET", "/files/exact", request -> WebhookResponse.ok("exact")));

        assertThat(send("GET", "/files/a/b.txt", null).body()).isEqualTo("file /files/a/b.txt");
        assertThat(send("GET", "/files/special/x", null).body()).isEqualTo("special");
        assertThat(send("GET", "/files/exact", null).body()).isEqualTo("exact");
        assertThat(send("GET", "/files", null).statusCode()).isEqualTo(404);
    }

    @Test
    void sendsTheContentTypeTheHandlerChose() throws Exception {
        start(b -> b.route("GET", "/json", request -> WebhookResponse.typed(200, "application/json", "{}")));

        HttpResponse<String> response = send("GET", "/json", null);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(send("GET", "/thing", null).headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void aRefusedRequestsBodyIsReadSoTheNextRequestOnTheConnectionIsServed() throws Exception {
        start(b -> b);
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            for (String refused : List.of("PUT /thing", "POST /nowhere")) {
                out.write((refused + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300); // the body comes late: a server answering before it closes the connection
                out.write("hello".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("POST /thing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answers).startsWith("HTTP/1.1 405").contains("HTTP/1.1 404").contains("HTTP/1.1 200")
                    .endsWith("posted x");
        }
        assertThat(received).extracting(request -> new String(request.body(), StandardCharsets.UTF_8))
                .containsExactly("x");
    }

    @Test
    void writesItsOwnRefusalsWithTheChosenWriter() throws Exception {
        start(b -> b.maxBodyBytes(4).refusals((status, reason) -> WebhookResponse.typed(status, "application/json",
                "{\"error\":\"" + reason + "\"}")));

        HttpResponse<String> notFound = send("GET", "/nowhere", null);
        HttpResponse<String> wrongMethod = send("PUT", "/thing", "x");
        HttpResponse<String> tooLarge = send("POST", "/thing", "12345");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("{\"error\":\"nothing here: /nowhere\"}");
        assertThat(notFound.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(wrongMethod.body()).startsWith("{\"error\":");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).isEqualTo("{\"error\":\"body larger than 4 bytes\"}");
    }

    @Test
    void writesTheErrorsAnsweredBeforeAnyRouteWithTheChosenWriterToo() throws Exception {
        start(b -> b.refusals((status, reason) -> WebhookResponse.typed(status, "application/json",
                "{\"error\":\"" + reason + "\"}")));
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /thing/%2e%2e/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json").contains("{\"error\":\"")
                    .doesNotContain("<html>");
        }
    }

    @Test
    void streamsABodyLargerThanTheBufferedLimitThroughAStreamingHandler() throws Exception {
        start(b -> b.maxBodyBytes(16).streamingRoute("POST", "/lines", WebhookServerRoutesTest::upperCaseLines));
        String body = "line one\n".repeat(10_000);

        HttpResponse<String> response = send("POST", "/lines?x=1", body);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-ndjson");
        assertThat(response.body()).isEqualTo("LINE ONE\n".repeat(10_000));
    }

    @Test
    void answersAStreamingHandlersLinesBeforeTheWholeBodyIsIn() throws Exception {
        start(b -> b.streamingRoute("POST", "/lines", WebhookServerRoutesTest::upperCaseLines));
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /lines HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "6\r\nfirst\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String line;
            boolean seen = false;
            while (!seen && (line = in.readLine()) != null) {
                seen = line.equals("FIRST");
            }
            assertThat(seen).as("the first answer line arrived while the body was still open").isTrue();
        }
    }

    @Test
    void closesAStreamingExchangeWhoseBodyTricklesPastTheBodyDeadline() throws Exception {
        start(b -> b.bodyReadTimeout(Duration.ofMillis(300))
                .streamingRoute("POST", "/lines", WebhookServerRoutesTest::upperCaseLines));
        try (SlowClients slow = SlowClients.open(server.address(), 1,
                "POST /lines HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n", 50)) {
            assertThat(closedByServer(slow.sockets().get(0))).isTrue();
        }
    }

    @Test
    void answers500WhenAStreamingHandlerFailsBeforeItsAnswerStarts() throws Exception {
        start(b -> b.streamingRoute("POST", "/broken", (request, body, response) -> {
            throw new IllegalStateException("boom");
        }));

        assertThat(send("POST", "/broken", "x").statusCode()).isEqualTo(500);
    }

    private static void upperCaseLines(WebhookRequest request, InputStream body, StreamingResponse response)
            throws IOException {
        response.status(201);
        response.header("Content-Type", "application/x-ndjson");
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(response.body(), StandardCharsets.UTF_8);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            out.write(line.toUpperCase(java.util.Locale.ROOT) + "\n");
            out.flush();
        }
        out.flush();
    }

    private void start(UnaryOperator<WebhookServer.Builder> settings) {
        server = settings.apply(WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route("GET", "/thing", request -> WebhookResponse.ok("got"))
                .route("POST", "/thing", request -> {
                    received.add(request);
                    return WebhookResponse.ok("posted " + new String(request.body(), StandardCharsets.UTF_8));
                })).build();
        server.start();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .timeout(Duration.ofSeconds(10)).method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // drain
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
