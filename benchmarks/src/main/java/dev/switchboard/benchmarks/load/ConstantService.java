package dev.switchboard.benchmarks.load;

import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The limit a validation service is measured against: the same {@link WebhookServer}, with the settings
 * {@code switchboard serve} runs it with by default (4 handler threads, 1 MiB bodies, 1,000 connections,
 * 10 s / 10 s / 30 s header, body and idle deadlines), answering every POST on {@value #PATH} with 200,
 * {@value #JSON} and a constant body read from a file once: no parsing, no validation, no writing.
 * Run by {@link ServiceLoad} in a JVM of its own; prints the address it listens on and serves until
 * the process is ended.
 *
 * <pre>{@code
 * java -cp … dev.switchboard.benchmarks.load.ConstantService BODY_FILE
 * }</pre>
 */
public final class ConstantService {
    /** The path both the service and the constant answer on. */
    static final String PATH = "/v1/validate";
    /** The media type the service answers reports with. */
    static final String JSON = "application/json";

    private ConstantService() {
    }

    /** Serves the constant until the process is ended. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConstantService BODY_FILE");
        }
        String body = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        WebhookResponse answer = WebhookResponse.typed(200, JSON, body);
        // switchboard serve's defaults (ServeCommand's options default to WebhookServer's), set here one by one.
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .threads(WebhookServer.DEFAULT_THREADS)
                .maxBodyBytes(WebhookServer.DEFAULT_MAX_BODY_BYTES)
                .maxConnections(WebhookServer.DEFAULT_MAX_CONNECTIONS)
                .headerReadTimeout(WebhookServer.DEFAULT_HEADER_READ_TIMEOUT)
                .bodyReadTimeout(WebhookServer.DEFAULT_BODY_READ_TIMEOUT)
                .idleTimeout(WebhookServer.DEFAULT_IDLE_TIMEOUT)
                .route("POST", PATH, request -> answer)
                .build();
        server.start();
        System.out.println("constant service listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }
}
