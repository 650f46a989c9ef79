package dev.switchboard.examples.cli;

import dev.switchboard.core.transport.WebhookServer;
import dev.switchboard.examples.serve.ValidationService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code switchboard serve}'s service with the command line's checks, in process on a free loopback port. */
final class ServeFixture implements AutoCloseable {
    private final WebhookServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** With the server's default limits. */
    ServeFixture() {
        this(WebhookServer.DEFAULT_MAX_BODY_BYTES);
    }

    /** With bodies up to {@code maxBodyBytes}. */
    ServeFixture(int maxBodyBytes) {
        server = ValidationService.install(WebhookServer.builder(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).maxBodyBytes(maxBodyBytes),
                new ServiceChecks(Platforms.builtIn())).build();
        server.start();
    }

    /** A POST of {@code body} to {@code pathAndQuery}. */
    HttpResponse<String> post(String pathAndQuery, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of {@code pathAndQuery}. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
    }
}
