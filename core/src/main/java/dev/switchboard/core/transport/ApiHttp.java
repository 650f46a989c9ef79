package dev.switchboard.core.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * How an adapter's API client sends one request and waits for its whole answer, on the calling
 * thread. Two are built in: {@link #shared()}, the adapters' default, on Jetty 12's HTTP client (the
 * same project as the embedded webhook server), and {@link #of(HttpClient)}, through a JDK client
 * that the bot author configured (proxy, TLS, executor). On the end-to-end benchmark's loopback
 * fake the JDK client spent about three times the CPU per request of Jetty's (docs/performance.md),
 * and a press makes two API calls. Long polls, which must be cancellable from another thread, go
 * through a JDK client either way.
 */
public interface ApiHttp {
    /**
     * POSTs {@code body} to {@code uri} and waits at most {@code timeout} for the whole answer,
     * body included; redirects are not followed.
     *
     * @throws HttpTimeoutException when the answer is not complete within {@code timeout}
     * @throws IOException on any other I/O failure (the message may contain {@code uri}: redact it)
     * @throws InterruptedException when the calling thread is interrupted (the request is abandoned)
     */
    ApiResponse post(URI uri, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException;

    /**
     * The process-wide Jetty 12 client the adapters use by default: keep-alive connections (at most
     * 64 per host), a 10 s connect timeout, no redirects, no cookies kept, certificates and host
     * names checked for {@code https}, daemon threads started on first use and never stopped (like
     * the JDK client's).
     */
    static ApiHttp shared() {
        return JettyApiHttp.SHARED.get();
    }

    /** Requests through {@code client}, waiting on the calling thread with {@code HttpClient.send}. */
    static ApiHttp of(HttpClient client) {
        return new JdkApiHttp(client);
    }
}
