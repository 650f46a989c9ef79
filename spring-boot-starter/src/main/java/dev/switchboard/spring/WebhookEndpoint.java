package dev.switchboard.spring;

import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One platform's webhook on the application's own web server: every request to its path (any
 * method, so that the adapter answers 405 itself) becomes a {@link WebhookRequest} for the
 * adapter's {@link WebhookHandler}, whose status, body and headers (such as {@code Retry-After})
 * are written back unchanged. The body is read up to one byte past the adapter's limit, so an
 * oversized one is refused (413) without being held whole.
 */
final class WebhookEndpoint implements HandlerFunction<ServerResponse> {
    private static final int MAX_BODY_BYTES = WebhookServer.DEFAULT_MAX_BODY_BYTES;

    private final WebhookHandler handler;

    WebhookEndpoint(WebhookHandler handler) {
        this.handler = handler;
    }

    /** The route serving {@code handler} at exactly {@code path}. */
    static RouterFunction<ServerResponse> route(String path, WebhookHandler handler) {
        return RouterFunctions.route(RequestPredicates.path(path), new WebhookEndpoint(handler));
    }

    @Override
    public ServerResponse handle(ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        long declared = servlet.getContentLengthLong();
        byte[] body = declared > MAX_BODY_BYTES ? new byte[MAX_BODY_BYTES + 1] : read(servlet.getInputStream());
        WebhookResponse response = handler.handle(new WebhookRequest(servlet.getMethod(), headers(servlet), body));
        ServerResponse.BodyBuilder answer = ServerResponse.status(HttpStatusCode.valueOf(response.status()))
                .contentType(MediaType.TEXT_PLAIN);
        response.headers().forEach(answer::header);
        return response.body().isEmpty() ? answer.build() : answer.body(response.body());
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY_BYTES + 1);
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return headers;
    }
}
