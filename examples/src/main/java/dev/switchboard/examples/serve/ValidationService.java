package dev.switchboard.examples.serve;

import dev.switchboard.core.transport.WebhookServer;

/**
 * The HTTP validation service behind {@code switchboard serve}: adds its routes ({@code POST /v1/validate},
 * {@code /v1/validate/batch}, {@code /v1/render}, {@code /v1/preview}, {@code GET /health},
 * {@code /openapi.json}, {@code /schema/layout.json}, and the playground at {@code /}) to a
 * {@link WebhookServer} whose limits and deadlines the caller chose, and makes the server's own
 * refusals JSON. See {@code docs/service.md}.
 *
 * <pre>{@code
 * WebhookServer server = ValidationService.install(
 *         WebhookServer.builder(new InetSocketAddress("127.0.0.1", 8080)).threads(8), checks).build();
 * server.start();
 * }</pre>
 */
public final class ValidationService {
    /** The port {@code switchboard serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8080;
    /** The address {@code switchboard serve} listens on unless told otherwise: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private ValidationService() {
    }

    /** Adds the service's routes, answered with {@code checks}, to {@code builder} and returns it. */
    public static WebhookServer.Builder install(WebhookServer.Builder builder, KeyboardChecks checks) {
        return new ServiceRoutes(checks).install(builder);
    }
}
