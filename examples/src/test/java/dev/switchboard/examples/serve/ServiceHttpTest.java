package dev.switchboard.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.transport.WebhookServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP side of the service with recording checks: query parameters, refusals, routes against
 * the OpenAPI document, fixed resources, the playground's files and hostile clients. What the
 * answers contain is the command line's, tested in {@code ServeMatchesCliTest}.
 */
@Timeout(60)
class ServiceHttpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RecordingChecks checks = new RecordingChecks();
    private WebhookServer server;

    @BeforeEach
    void start() {
        server = ValidationService.install(WebhookServer.builder(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .maxBodyBytes(64).bodyReadTimeout(Duration.ofMillis(500)), checks).build();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void validatesForEveryPlatformFromALayoutByDefault() throws Exception {
        HttpResponse<String> response = post("/v1/validate", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(checks.calls).containsExactly("validate layout [telegram, vk] {}");
    }

    @Test
    void passesTheChosenPlatformAndInputFormatOn() throws Exception {
        post("/v1/validate?platform=vk&from=telegram", "{}");
        post("/v1/render?from=vk&platform=telegram", "{}");
        post("/v1/preview?from=telegram", "{}");
        post("/v1/validate/batch?platform=telegram&from=vk", "{}\n{}\n");

        assertThat(checks.calls).containsExactly("validate telegram [vk] {}", "render vk telegram {}",
                "preview telegram {}", "batch vk [telegram] {}\n{}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/v1/validate?platform=whatsapp|invalid value for query parameter 'platform': 'whatsapp'; expected telegram, vk or all",
        "/v1/validate?from=xml|invalid value for query parameter 'from': 'xml'; expected layout, telegram or vk",
        "/v1/validate?platfrom=vk|unknown query parameter 'platfrom'; expected platform or from",
        "/v1/validate?platform=vk&platform=telegram|query parameter 'platform' given 2 times",
        "/v1/render|query parameter 'platform' is required; expected telegram or vk",
        "/v1/render?platform=all|invalid value for query parameter 'platform': 'all'; expected telegram or vk",
        "/v1/preview?platform=vk|unknown query parameter 'platform'; expected from",
        "/v1/validate/batch?from=xml|invalid value for query parameter 'from': 'xml'; expected layout, telegram or vk"
    })
    void refusesAQueryItCannotUseWith400NamingTheParameter(String pathAndMessage) throws Exception {
        String[] parts = pathAndMessage.split("\\|");

        HttpResponse<String> response = post(parts[0], "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("error").asText()).isEqualTo(parts[1]);
        assertThat(checks.calls).isEmpty();
    }

    @Test
    void refusesAMalformedQueryEscapeWith400() throws Exception {
        String answer = raw("POST /v1/validate?platform=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("{\"error\":\"malformed query string: ");
        assertThat(checks.calls).isEmpty();
    }

    @Test
    void answersAnUnknownPathWithAJson404() throws Exception {
        HttpResponse<String> response = get("/v2/validate");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"nothing here: /v2/validate\"}\n");
    }

    @Test
    void answersAWrongMethodWithAJson405AndAllow() throws Exception {
        HttpResponse<String> getValidate = get("/v1/validate");
        HttpResponse<String> postHealth = post("/health", "{}");

        assertThat(getValidate.statusCode()).isEqualTo(405);
        assertThat(getValidate.headers().firstValue("Allow")).contains("POST");
        assertThat(MAPPER.readTree(getValidate.body()).get("error").asText()).isEqualTo("only POST accepted on /v1/validate");
        assertThat(postHealth.statusCode()).isEqualTo(405);
        assertThat(postHealth.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void refusesABodyOverTheLimitWithAJson413WithoutCheckingIt() throws Exception {
        HttpResponse<String> declared = post("/v1/validate", "x".repeat(65));
        HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(uri("/v1/preview"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream("x".repeat(65).getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).isEqualTo("{\"error\":\"body larger than 64 bytes\"}\n");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(checks.calls).isEmpty();
    }

    @Test
    void streamsABatchLargerThanTheBodyLimit() throws Exception {
        String body = "{}\n".repeat(1_000);

        HttpResponse<String> response = post("/v1/validate/batch", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-ndjson");
        assertThat(response.body().lines()).hasSize(1_000);
    }

    @Test
    void answersHealth() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).get("status").asText()).isEqualTo("up");
    }

    @Test
    void servesTheOpenApiDocumentAndTheLayoutSchemaFromTheClasspath() throws Exception {
        HttpResponse<String> openApi = get("/openapi.json");
        HttpResponse<String> schema = get("/schema/layout.json");

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).isEqualTo(resource(ServiceRoutes.OPENAPI));
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        assertThat(schema.body()).isEqualTo(resource(ServiceRoutes.LAYOUT_SCHEMA));
    }

    @Test
    void documentsEveryRouteItHasAndHasEveryRouteItDocuments() throws Exception {
        JsonNode paths = MAPPER.readTree(resource(ServiceRoutes.OPENAPI)).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = new TreeSet<>();
        new ServiceRoutes(checks).routes().forEach(route -> routed.add(route.method() + " " + route.documented()));

        assertThat(routed).isEqualTo(documented);
    }

    @Test
    void answersEveryListedRouteOnItsMethodOnly() throws Exception {
        for (ServiceRoutes.Route route : new ServiceRoutes(checks).routes()) {
            String path = route.path().replace("*", "serve-test/sample.js")
                    + (route.path().equals("/v1/render") ? "?platform=vk" : "");
            HttpResponse<String> routed = send(route.method(), path, "{}");
            HttpResponse<String> other = send(route.method().equals("GET") ? "POST" : "GET", path, "{}");

            assertThat(routed.statusCode()).as(route.method() + " " + path).isIn(200, 201);
            assertThat(other.statusCode()).as("the other method on " + path).isEqualTo(405);
            assertThat(other.headers().firstValue("Allow")).contains(route.method());
        }
    }

    @Test
    void servesThePlaygroundIndexAtTheRoot() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo(resource(StaticFiles.FOLDER + "index.html"));
    }

    @Test
    void servesPlaygroundFilesWithTheContentTypeOfTheirExtension() throws Exception {
        assertThat(get("/playground/serve-test/sample.js").headers().firstValue("Content-Type"))
                .contains("text/javascript; charset=utf-8");
        assertThat(get("/playground/serve-test/sample.css").headers().firstValue("Content-Type"))
                .contains("text/css; charset=utf-8");
        assertThat(get("/playground/serve-test/page.html").headers().firstValue("Content-Type"))
                .contains("text/html; charset=utf-8");
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(uri("/playground/serve-test/pixel.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.body()).isEqualTo(resourceBytes(StaticFiles.FOLDER + "serve-test/pixel.png"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground/missing.js", "/playground/serve-test/notes.properties",
        "/playground/serve-test", "/playground/", "/playground/.hidden.js", "/index.html"})
    void answersAMissingOrUnservedFileWithAJson404(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"error\":\"nothing here: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground/../openapi.json", "/playground/serve-test/../../openapi.json",
        "/playground/%2e%2e/openapi.json", "/playground/..%2fopenapi.json", "/playground/serve-test/..%5C..%5Copenapi.json",
        "/playground//etc/passwd", "/playground/%2fetc/passwd", "/playground/../../cli/version.properties",
        "/playground/serve-test%2f..%2f..%2fopenapi.json"})
    void neverServesAFileOutsideThePlaygroundFolder(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).doesNotStartWith("HTTP/1.1 200");
        assertThat(answer).doesNotContain("\"openapi\"").doesNotContain("version=").doesNotContain("root:");
    }

    @Test
    void servesOtherClientsWhileFiftyConnectionsTrickleTheirBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket();
                socket.connect(server.address(), 2_000);
                socket.getOutputStream().write(("POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Length: 60\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            for (int i = 0; i < 5; i++) {
                assertThat(post("/v1/validate", "{}").statusCode()).isEqualTo(200);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void closesAConnectionWhoseBodyIsNotInWithinTheBodyTimeout() throws Exception {
        for (String path : List.of("/v1/validate", "/v1/validate/batch")) {
            try (Socket socket = new Socket()) {
                socket.connect(server.address(), 2_000);
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 60\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(closedWithin(socket)).as(path).isTrue();
            }
        }
    }

    private static boolean closedWithin(Socket socket) throws IOException {
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

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null || method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private static String resource(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = ServiceHttpTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Checks that record each call and answer 200 with an empty report. */
    private static final class RecordingChecks implements KeyboardChecks {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public List<String> platforms() {
            return List.of("telegram", "vk");
        }

        @Override
        public List<String> inputs() {
            return List.of("layout", "telegram", "vk");
        }

        @Override
        public Answer validate(String from, List<String> platforms, byte[] keyboard) {
            calls.add("validate " + from + " " + platforms + " " + text(keyboard));
            return new Answer(200, "{\"valid\":true,\"platforms\":{}}\n");
        }

        @Override
        public Answer render(String from, String platform, byte[] keyboard) {
            calls.add("render " + from + " " + platform + " " + text(keyboard));
            return new Answer(200, "{}\n");
        }

        @Override
        public Answer preview(String from, byte[] keyboard) {
            calls.add("preview " + from + " " + text(keyboard));
            return new Answer(200, "{}\n");
        }

        @Override
        public void validateBatch(String from, List<String> platforms, InputStream lines, OutputStream reports)
                throws IOException {
            byte[] body = lines.readAllBytes();
            calls.add("batch " + from + " " + platforms + " " + text(body));
            for (String line : text(body).split("\n")) {
                reports.write(("{\"line\":1,\"valid\":true,\"platforms\":{}}\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        private static String text(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
