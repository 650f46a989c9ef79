package dev.switchboard.core.transport;

/**
 * Handles one pushed request (Telegram webhook, VK Callback API), independent of any web
 * framework: call it from a servlet, Javalin, Spring or the embedded {@link WebhookServer}.
 * Adapters check the platform's secret, refuse oversized (413) and unparsable (400) bodies,
 * and hand updates to the sink; an update the sink refuses is answered 503 with
 * {@code Retry-After}, so a framework must send the response's status, body and
 * {@link WebhookResponse#headers() headers}. Thread-safe.
 */
@FunctionalInterface
public interface WebhookHandler {
    /** Answers one pushed request. */
    WebhookResponse handle(WebhookRequest request);
}
