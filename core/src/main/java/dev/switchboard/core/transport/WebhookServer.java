package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.primitives.Longs;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small embedded HTTP server (the JDK's {@code com.sun.net.httpserver}) for bots without a
 * web framework: routes POSTs on each path to a {@link WebhookHandler}. Bodies over
 * {@code maxBodyBytes} (default 1 MiB) are refused with 413 before they are read in full;
 * other methods get 405. Put TLS in front of it (a reverse proxy): Telegram and VK push only
 * to HTTPS.
 *
 * <pre>{@code
 * WebhookServer server = WebhookServer.builder(new InetSocketAddress(8080))
 *     .route("/telegram", telegram.webhook(secret, sink))
 *     .build();
 * server.start();
 * }</pre>
 */
public final class WebhookServer implements AutoCloseable {
    /** The default largest body accepted: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private WebhookServer(InetSocketAddress address, Map<String, WebhookHandler> routes, int maxBodyBytes,
                          int threads) {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new WebhookServerException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        routes.forEach((path, handler) -> server.createContext(path, exchange -> serve(exchange, handler,
                maxBodyBytes)));
    }

    /** Starts a builder for a server listening on {@code address} (port 0 picks a free port). */
    public static Builder builder(InetSocketAddress address) {
        return new Builder(address);
    }

    /** Starts accepting requests. */
    public void start() {
        server.start();
    }

    /** The address the server listens on, with the real port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops accepting requests and gives exchanges in progress up to a second to finish. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(HttpExchange exchange, WebhookHandler handler, int maxBodyBytes) throws IOException {
        try (exchange) {
            WebhookResponse response;
            if (!exchange.getRequestMethod().equals("POST")) {
                response = WebhookResponse.refuse(405, "only POST is accepted");
            } else {
                byte[] body = readBody(exchange, maxBodyBytes);
                response = body == null
                        ? WebhookResponse.refuse(413, "body larger than " + maxBodyBytes + " bytes")
                        : handle(handler, new WebhookRequest("POST", exchange.getRequestHeaders(), body),
                                exchange.getRequestURI().getPath());
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static WebhookResponse handle(WebhookHandler handler, WebhookRequest request, String path) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.error("webhook handler failed on {}", path, e);
            return WebhookResponse.refuse(500, "handler failed");
        }
    }

    /** The body, or null when it is larger than {@code max} bytes. */
    private static byte[] readBody(HttpExchange exchange, int max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        Long length = declared == null ? null : Longs.tryParse(declared.trim());
        if (length != null && length > max) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (body.size() + n > max) {
                    return null;
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    /** Builds a {@link WebhookServer}; not thread-safe. */
    public static final class Builder {
        private final InetSocketAddress address;
        private final Map<String, WebhookHandler> routes = new LinkedHashMap<>();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = 4;

        private Builder(InetSocketAddress address) {
            this.address = checkNotNull(address, "address");
        }

        /** Sends POSTs on {@code path} to {@code handler}. */
        public Builder route(String path, WebhookHandler handler) {
            checkArgument(path.startsWith("/"), "path must start with /: %s", path);
            checkState(routes.putIfAbsent(path, checkNotNull(handler, "handler")) == null, "%s routed twice", path);
            return this;
        }

        /** The largest body accepted; larger ones get 413. */
        public Builder maxBodyBytes(int bytes) {
            checkArgument(bytes > 0, "maxBodyBytes must be positive: %s", bytes);
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Threads serving requests (default 4). */
        public Builder threads(int count) {
            checkArgument(count > 0, "threads must be positive: %s", count);
            this.threads = count;
            return this;
        }

        public WebhookServer build() {
            checkState(!routes.isEmpty(), "route at least one path");
            return new WebhookServer(address, routes, maxBodyBytes, threads);
        }
    }
}
