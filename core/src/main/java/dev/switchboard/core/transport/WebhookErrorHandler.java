package dev.switchboard.core.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before any route runs (a malformed request line, an ambiguous URI such as
 * {@code /a/%2e%2e/b}, headers too large) written like the {@link WebhookServer}'s own refusals
 * instead of Jetty's HTML page.
 */
final class WebhookErrorHandler extends ErrorHandler {
    private final BiFunction<Integer, String, WebhookResponse> refusals;

    WebhookErrorHandler(BiFunction<Integer, String, WebhookResponse> refusals) {
        this.refusals = refusals;
        setShowStacks(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        WebhookResponse answer = refusals.apply(code, reason);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        answer.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
