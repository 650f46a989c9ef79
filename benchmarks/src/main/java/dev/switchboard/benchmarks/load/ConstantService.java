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
 * The limit a validation service is measured against: the same {@link WebhookServer}, with the same
 * settings, answering every POST on {@value #PATH} with 200 and a constant body read from a file once.
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

    private ConstantService() {
    }

    /** Serves the constant until the process is ended. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConstantService BODY_FILE");
        }
        String body = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        WebhookResponse answer = WebhookResponse.ok(body);
        WebhookServer server = WebhookServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .route(PATH, request -> answer)
                .build();
        server.start();
        System.out.println("constant service listening on http://127.0.0.1:" + server.address().getPort());
        new CountDownLatch(1).await();
    }
}
