package dev.switchboard.core.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty side of {@link WebhookServer}: path match (404 otherwise), the path's methods only
 * (405 with {@code Allow}), and for buffered routes a declared {@code Content-Length} over the limit
 * is refused with 413 before any body byte is read, and a longer streamed body with 413 as soon as
 * it passes the limit. A buffered body is read without holding a thread; the {@link WebhookHandler}
 * then runs on a server thread. A {@link StreamingHandler} runs at once and reads the body itself.
 */
final class WebhookJettyHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final byte[] NO_BODY = new byte[0];

    private final WebhookRoutes routes;
    private final int maxBodyBytes;
    private final WebhookDeadlines deadlines;
    private final BiFunction<Integer, String, WebhookResponse> refusals;

    WebhookJettyHandler(WebhookRoutes routes, int maxBodyBytes, WebhookDeadlines deadlines,
                        BiFunction<Integer, String, WebhookResponse> refusals) {
        this.routes = routes;
        this.maxBodyBytes = maxBodyBytes;
        this.deadlines = deadlines;
        this.refusals = refusals;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Connection connection = request.getConnectionMetaData().getConnection();
        Request.addCompletionListener(request, failure -> deadlines.exchangeDone(connection));
        String path = request.getHttpURI().getPath();
        Map<String, WebhookRoutes.Endpoint> methods = routes.match(path);
        if (methods == null) {
            refuseAfterBody(request, response, callback, connection,
                    refuse(HttpStatus.NOT_FOUND_404, "nothing here: " + path));
            return true;
        }
        WebhookRoutes.Endpoint endpoint = methods.get(request.getMethod());
        if (endpoint == null) {
            String allowed = String.join(", ", methods.keySet());
            response.getHeaders().put(HttpHeader.ALLOW, allowed);
            refuseAfterBody(request, response, callback, connection, refuse(HttpStatus.METHOD_NOT_ALLOWED_405,
                    "only " + allowed + " accepted on " + path));
            return true;
        }
        if (endpoint instanceof WebhookRoutes.Streaming streaming) {
            stream(streaming.handler(), path, request, response, callback, connection);
            return true;
        }
        WebhookHandler handler = ((WebhookRoutes.Buffered) endpoint).handler();
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            respond(response, callback, tooLarge());
            return true;
        }
        deadlines.headersRead(connection);
        Content.Source.asByteArrayAsync(request, maxBodyBytes, Promise.Invocable.from(
                Invocable.InvocationType.BLOCKING,
                body -> {
                    deadlines.bodyRead(connection);
                    respond(response, callback, handle(handler, path, request, body));
                },
                failure -> {
                    if (Request.getContentBytesRead(request) > maxBodyBytes
                            || failure instanceof IllegalArgumentException) {
                        respond(response, callback, tooLarge());
                    } else {
                        callback.failed(failure);
                    }
                }));
        return true;
    }

    /**
     * Answers {@code refusal} once the request's body, if it has one within the body limit, is read
     * and dropped: the connection then stays usable, and a keep-alive client's next request on it is
     * not lost. Answered before the body only when it declares more than the limit; the server then
     * closes the connection after the answer.
     */
    private void refuseAfterBody(Request request, Response response, Callback callback, Connection connection,
                                 WebhookResponse refusal) {
        long declared = request.getLength();
        if (declared == 0 || declared > maxBodyBytes) {
            respond(response, callback, refusal);
            return;
        }
        deadlines.headersRead(connection);
        Content.Source.asByteArrayAsync(request, maxBodyBytes, Promise.Invocable.from(
                Invocable.InvocationType.NON_BLOCKING,
                body -> {
                    deadlines.bodyRead(connection);
                    respond(response, callback, refusal);
                },
                failure -> respond(response, callback, refusal)));
    }

    private WebhookResponse refuse(int status, String reason) {
        return refusals.apply(status, reason);
    }

    private WebhookResponse tooLarge() {
        return refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "body larger than " + maxBodyBytes + " bytes");
    }

    private WebhookResponse handle(WebhookHandler handler, String path, Request request, byte[] body) {
        try {
            return handler.handle(webhookRequest(request, body));
        } catch (RuntimeException e) {
            LOG.error("webhook handler failed on {}", path, e);
            return refuse(HttpStatus.INTERNAL_SERVER_ERROR_500, "handler failed");
        }
    }

    private static WebhookRequest webhookRequest(Request request, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        String query = request.getHttpURI().getQuery();
        return new WebhookRequest(request.getMethod(), headers, body, request.getHttpURI().getPath(),
                query == null ? "" : query);
    }

    /** Runs a streaming handler on this (blocking) thread; the body deadline ends when it reads the body's end. */
    private void stream(StreamingHandler handler, String path, Request request, Response response, Callback callback,
                        Connection connection) {
        deadlines.headersRead(connection);
        JettyStreamingResponse answer = new JettyStreamingResponse(response);
        InputStream body = new BodyStream(Content.Source.asInputStream(request), () -> deadlines.bodyRead(connection));
        try {
            handler.handle(webhookRequest(request, NO_BODY), body, answer);
            deadlines.bodyRead(connection);
            answer.finish(callback);
        } catch (IOException | RuntimeException e) {
            deadlines.bodyRead(connection);
            if (answer.committed()) {
                LOG.debug("streaming handler on {} stopped after its answer started", path, e);
                callback.failed(e);
            } else {
                if (!(e instanceof IOException)) {
                    LOG.error("streaming handler failed on {}", path, e);
                }
                response.getHeaders().clear();
                respond(response, callback, refuse(e instanceof IOException ? HttpStatus.BAD_REQUEST_400
                        : HttpStatus.INTERNAL_SERVER_ERROR_500, e instanceof IOException
                        ? "cannot read the body: " + e.getMessage() : "handler failed"));
            }
        }
    }

    private static void respond(Response response, Callback callback, WebhookResponse answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        answer.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** The body's stream, which tells when it reaches its end. */
    private static final class BodyStream extends InputStream {
        private final InputStream in;
        private final Runnable atEnd;

        BodyStream(InputStream in, Runnable atEnd) {
            this.in = in;
            this.atEnd = atEnd;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                atEnd.run();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                atEnd.run();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A {@link StreamingResponse} over a Jetty response. */
    private static final class JettyStreamingResponse implements StreamingResponse {
        private final Response response;
        private OutputStream body;

        JettyStreamingResponse(Response response) {
            this.response = response;
            response.setStatus(HttpStatus.OK_200);
        }

        @Override
        public void status(int status) {
            if (!committed()) {
                response.setStatus(status);
            }
        }

        @Override
        public void header(String name, String value) {
            if (!committed()) {
                response.getHeaders().put(name, value);
            }
        }

        @Override
        public OutputStream body() {
            if (body == null) {
                body = Content.Sink.asOutputStream(response);
            }
            return body;
        }

        @Override
        public boolean committed() {
            return response.isCommitted();
        }

        void finish(Callback callback) throws IOException {
            if (body == null) {
                response.write(true, null, callback);
            } else {
                body.close();
                callback.succeeded();
            }
        }
    }
}
