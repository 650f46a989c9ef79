/**
 * Transport building blocks shared by the adapters: retry policy, token redaction, update
 * sources and sinks, and framework-neutral webhooks with a small embedded server.
 *
 * <pre>{@code
 * RetryPolicy retry = RetryPolicy.defaults().withMaxAttempts(6);
 * WebhookServer server = WebhookServer.builder(new InetSocketAddress(8080))
 *     .route("/vk", vkCallbackHandler).build();
 * server.start();
 * }</pre>
 */
package dev.switchboard.core.transport;
