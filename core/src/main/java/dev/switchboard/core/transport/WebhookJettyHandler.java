package dev.switchboard.core.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The Jetty side of {@link WebhookServer}: exact path match (404 otherwise), POST only (405),
 * a declared {@code Content-Length} over the limit is refused with 413 before any body byte is
 * read, and a longer streamed body with 413 as soon as it passes the limit. The body is read
 * without holding a thread; the {@link WebhookHandler} then runs on a server thread.
 */
final class WebhookJettyHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Map<String, WebhookHandler> routes;
    private final int maxBodyBytes;
    private final WebhookDeadlines deadlines;

    WebhookJettyHandler(Map<String, WebhookHandler> routes, int maxBodyBytes, WebhookDeadlines deadlines) {
        this.routes = Map.copyOf(routes);
        this.maxBodyBytes = maxBodyBytes;
        this.deadlines = deadlines;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Connection connection = request.getConnectionMetaData().getConnection();
        Request.addCompletionListener(request, failure -> deadlines.exchangeDone(connection));
        String path = request.getHttpURI().getPath();
        WebhookHandler handler = path == null ? null : routes.get(path);
        if (handler == null) {
            respond(response, callback, WebhookResponse.refuse(HttpStatus.NOT_FOUND_404, "no webhook here"));
            return true;
        }
        if (!request.getMethod().equals("POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            respond(response, callback, WebhookResponse.refuse(HttpStatus.METHOD_NOT_ALLOWED_405,
                    "only POST is accepted"));
            return true;
        }
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

    private WebhookResponse tooLarge() {
        return WebhookResponse.refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "body larger than " + maxBodyBytes + " bytes");
    }

    private static WebhookResponse handle(WebhookHandler handler, String path, Request request, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        try {
            return handler.handle(new WebhookRequest("POST", headers, body));
        } catch (RuntimeException e) {
            LOG.error("webhook handler failed on {}", path, e);
            return WebhookResponse.refuse(HttpStatus.INTERNAL_SERVER_ERROR_500, "handler failed");
        }
    }

    private static void respond(Response response, Callback callback, WebhookResponse answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        answer.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
