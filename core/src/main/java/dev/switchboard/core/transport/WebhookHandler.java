package dev.switchboard.core.transport;

/**
 * Handles one pushed request (Telegram webhook, VK Callback API), independent of any web
 * framework: call it from a servlet, Javalin, Spring or the embedded {@link WebhookServer}.
 * Adapters check the platform's secret, refuse oversized (413) and unparsable (400) bodies,
 * and hand updates to the sink. Thread-safe.
 */
@FunctionalInterface
public interface WebhookHandler {
    WebhookResponse handle(WebhookRequest request);
}
