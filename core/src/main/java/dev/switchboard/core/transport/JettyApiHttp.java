package dev.switchboard.core.transport;

import com.google.common.base.Suppliers;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * {@link ApiHttp} on Jetty 12's {@link HttpClient}: the request's total timeout bounds the whole
 * exchange (connecting, sending, the answer's headers and body), and the caller waits for it on its
 * own thread while Jetty's selector and a small pool of daemon threads move the bytes.
 */
final class JettyApiHttp implements ApiHttp {
    /** The process-wide client, started on first use. */
    static final Supplier<ApiHttp> SHARED = Suppliers.memoize(JettyApiHttp::start);
    /** The largest answer read: API answers are small; a bigger one is a failure, not an allocation. */
    static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    private static final int MAX_CONNECTIONS_PER_HOST = 64;
    private static final int MAX_THREADS = 64;
    private static final int MIN_THREADS = 2;
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final HttpClient client;

    private JettyApiHttp(HttpClient client) {
        this.client = client;
    }

    private static JettyApiHttp start() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("switchboard-api-http");
        threads.setDaemon(true);
        HttpClient client = new HttpClient();
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler("switchboard-api-http-scheduler", true));
        client.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        client.setFollowRedirects(false);
        client.setMaxConnectionsPerDestination(MAX_CONNECTIONS_PER_HOST);
        // The platforms' APIs authenticate by token, not by cookie: a client shared by every bot of
        // the process keeps none (Jetty's default store would keep whatever a server sets, and
        // match every request's URL against it).
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("the Jetty HTTP client for API calls did not start: " + e, e);
        }
        // Every answer goes to the caller as sent (start() installs the handlers): a 401 without
        // WWW-Authenticate, the Bot API's answer to a revoked token, is not a protocol violation here,
        // and nothing is redirected or upgraded.
        client.getProtocolHandlers().clear();
        return new JettyApiHttp(client);
    }

    @Override
    public ApiResponse post(URI uri, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        Request request = client.newRequest(uri)
                .method(HttpMethod.POST)
                // named here, Jetty need not rebuild the whole URI per request to find it
                .headers(headers -> headers.put(HttpHeader.HOST, uri.getRawAuthority()))
                .body(new BytesRequestContent(contentType, body))
                .timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        Future<ContentResponse> answer = new CompletableResponseListener(request, MAX_ANSWER_BYTES).send();
        try {
            ContentResponse response = answer.get();
            return new ApiResponse(response.getStatus(),
                    Optional.ofNullable(response.getHeaders().get(HttpHeader.CONTENT_TYPE)), response.getContent());
        } catch (InterruptedException e) {
            request.abort(e);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TimeoutException) {
                throw JdkApiHttp.timedOut(timeout);
            }
            if (cause instanceof EOFException) {
                // Jetty's message is a dump of the connection's state, hundreds of characters long.
                throw new EOFException("the connection closed before the whole answer came");
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(cause), cause);
        }
    }

    @Override
    public String toString() {
        return "ApiHttp[Jetty HttpClient]";
    }
}
