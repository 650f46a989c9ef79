package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A small embedded HTTP server (Jetty 12, core API) for bots without a web framework. It routes POSTs
 * on each exact path to a {@link WebhookHandler}; other paths get 404, other methods 405, and
 * bodies over {@code maxBodyBytes} (default 1 MiB) 413 before they are read in full. Put TLS in
 * front of it (a reverse proxy): Telegram and VK push only to HTTPS.
 *
 * <p>Small HTTP services use it too: {@link Builder#route(String, String, WebhookHandler)} routes
 * any method, and a path written {@code /dir/*} matches every path under {@code /dir/};
 * {@link Builder#streamingRoute} hands a {@link StreamingHandler} the body as a stream (no size
 * limit, constant memory); {@link Builder#refusals} chooses how the server's own refusals (404,
 * 405, 413, 500) are written, e.g. as JSON.
 *
 * <p>Hostile clients cannot stop it: reading headers and bodies holds no thread, a request whose
 * headers are not in within {@link Builder#headerReadTimeout} (default 10 s from their first byte)
 * or whose body is not in within {@link Builder#bodyReadTimeout} (default 10 s after the headers)
 * has its connection closed, a connection with nothing to do for {@link Builder#idleTimeout}
 * (default 30 s) is closed, and at most {@link Builder#maxConnections} (default 1,000) are open
 * at once; more wait in the operating system's accept queue.
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
    /** The default of {@link Builder#threads}. */
    public static final int DEFAULT_THREADS = 4;
    /** The default of {@link Builder#headerReadTimeout}. */
    public static final Duration DEFAULT_HEADER_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The default of {@link Builder#bodyReadTimeout}. */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The default of {@link Builder#idleTimeout}. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The default of {@link Builder#maxConnections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1_000;
    /** Threads Jetty needs besides the handler threads: one acceptor, one selector. */
    private static final int IO_THREADS = 2;

    private final Server server;
    private final ServerConnector connector;
    private final WebhookDeadlines deadlines;
    private final InetSocketAddress requested;

    private WebhookServer(Builder builder) {
        requested = builder.address;
        QueuedThreadPool pool = new QueuedThreadPool(builder.threads + IO_THREADS, builder.threads + IO_THREADS);
        pool.setName("switchboard-webhook");
        pool.setDaemon(true);
        pool.setReservedThreads(0);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(builder.address.getAddress() == null ? builder.address.getHostString()
                : builder.address.getAddress().getHostAddress());
        connector.setPort(builder.address.getPort());
        connector.setIdleTimeout(builder.idleTimeout.toMillis());
        deadlines = new WebhookDeadlines(builder.headerReadTimeout, builder.bodyReadTimeout);
        connector.addBean(deadlines);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(builder.maxConnections, connector));
        server.setErrorHandler(new WebhookErrorHandler(builder.refusals));
        server.setHandler(new WebhookJettyHandler(builder.routes.freeze(), builder.maxBodyBytes, deadlines,
                builder.refusals));
        try {
            connector.open();
        } catch (IOException e) {
            deadlines.close();
            throw new WebhookServerException("cannot listen on " + requested + ": " + e.getMessage(), e);
        }
    }

    /** Starts a builder for a server listening on {@code address} (port 0 picks a free port). */
    public static Builder builder(InetSocketAddress address) {
        return new Builder(address);
    }

    /** Starts accepting requests. */
    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new WebhookServerException("cannot start on " + requested + ": " + e.getMessage(), e);
        }
    }

    /** The address the server listens on, with the real port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(requested.getAddress(), connector.getLocalPort());
    }

    /** How many connections are open now (for tests). */
    int openConnections() {
        return deadlines.openConnections();
    }

    /** Stops accepting requests and gives exchanges in progress up to a second to finish. */
    @Override
    public void close() {
        server.setStopTimeout(1_000);
        connector.close();
        deadlines.closeIdle();
        try {
            server.stop();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        } finally {
            connector.close();
            deadlines.close();
        }
    }

    /** Builds a {@link WebhookServer}; not thread-safe. */
    public static final class Builder {
        private final InetSocketAddress address;
        private final WebhookRoutes routes = new WebhookRoutes();
        private BiFunction<Integer, String, WebhookResponse> refusals = WebhookResponse::refuse;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = DEFAULT_THREADS;
        private Duration headerReadTimeout = DEFAULT_HEADER_READ_TIMEOUT;
        private Duration bodyReadTimeout = DEFAULT_BODY_READ_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;

        private Builder(InetSocketAddress address) {
            this.address = checkNotNull(address, "address");
        }

        /** Sends POSTs on exactly {@code path} (not its sub-paths; the query is ignored) to {@code handler}. */
        public Builder route(String path, WebhookHandler handler) {
            return route("POST", path, handler);
        }

        /**
         * Sends requests with {@code method} on {@code path} to {@code handler}, whose request carries the
         * whole body (up to {@link #maxBodyBytes}), the path and the query string. A path ending in
         * {@code /*} matches every path under it; an exact path wins over it. Other methods on a routed
         * path get 405 with {@code Allow} listing the routed ones.
         */
        public Builder route(String method, String path, WebhookHandler handler) {
            routes.add(method, path, new WebhookRoutes.Buffered(checkNotNull(handler, "handler")));
            return this;
        }

        /**
         * Sends requests with {@code method} on {@code path} to a {@link StreamingHandler}, which reads the
         * body as it arrives (not limited by {@link #maxBodyBytes}; it must be in within
         * {@link #bodyReadTimeout}) and writes its answer as a stream. Paths match as in
         * {@link #route(String, String, WebhookHandler)}.
         */
        public Builder streamingRoute(String method, String path, StreamingHandler handler) {
            routes.add(method, path, new WebhookRoutes.Streaming(checkNotNull(handler, "handler")));
            return this;
        }

        /**
         * How the server writes its own refusals (404, 405, 413, 500 when a handler throws, and the
         * errors answered before any route runs, such as 400 for an ambiguous URI), from the status and
         * a short reason; the default is {@link WebhookResponse#refuse} (plain text). A 405 keeps its
         * {@code Allow} header.
         */
        public Builder refusals(BiFunction<Integer, String, WebhookResponse> writer) {
            this.refusals = checkNotNull(writer, "writer");
            return this;
        }

        /** The largest body accepted; larger ones get 413. */
        public Builder maxBodyBytes(int bytes) {
            checkArgument(bytes > 0, "maxBodyBytes must be positive: %s", bytes);
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Threads running handlers (default 4); slow clients hold none of them. */
        public Builder threads(int count) {
            checkArgument(count > 0, "threads must be positive: %s", count);
            this.threads = count;
            return this;
        }

        /** How long a request's headers may take from their first byte (default 10 s); then the connection is closed. */
        public Builder headerReadTimeout(Duration timeout) {
            this.headerReadTimeout = positive(timeout, "headerReadTimeout");
            return this;
        }

        /** How long a request's body may take after its headers (default 10 s); then the connection is closed. */
        public Builder bodyReadTimeout(Duration timeout) {
            this.bodyReadTimeout = positive(timeout, "bodyReadTimeout");
            return this;
        }

        /** How long a connection may go without reading or writing a byte (default 30 s); then it is closed. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /** The most connections open at once (default 1,000); further ones wait to be accepted. */
        public Builder maxConnections(int count) {
            checkArgument(count > 0, "maxConnections must be positive: %s", count);
            this.maxConnections = count;
            return this;
        }

        /** A server bound to the address, not yet accepting. */
        public WebhookServer build() {
            checkState(!routes.isEmpty(), "route at least one path");
            return new WebhookServer(this);
        }

        private static Duration positive(Duration timeout, String name) {
            checkNotNull(timeout, name);
            checkArgument(!timeout.isNegative() && !timeout.isZero() && timeout.toMillis() > 0,
                    "%s must be at least a millisecond: %s", name, timeout);
            return timeout;
        }
    }
}
