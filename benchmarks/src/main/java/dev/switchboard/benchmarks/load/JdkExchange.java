package dev.switchboard.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A closed-loop connection through the JDK {@link HttpClient} (built with HTTP/1.1 forced): each
 * thread sends synchronously, and the client's pool keeps one keep-alive connection per
 * concurrent request.
 */
final class JdkExchange implements Exchange {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI url;

    JdkExchange(HttpClient http, URI url) {
        this.http = http;
        this.url = url;
    }

    /** The HTTP/1.1 client all JDK exchanges of a run share. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    @Override
    public Answer post(byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response.body().length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        // the shared client owns the connections
    }
}
