package dev.switchboard.redis;

import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer in front of webhook replicas, as tests need one: each request goes to the next
 * replica in turn, with its headers and body. A replica that cannot be reached is skipped from then
 * on and the request goes to the next one, as a balancer's health checks and retries do; only when
 * none can be reached does the front answer 502, so the platform delivers the update again.
 */
final class RoundRobinFront implements WebhookHandler {
    private final List<URI> replicas;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final Set<URI> down = ConcurrentHashMap.newKeySet();

    RoundRobinFront(List<URI> replicas) {
        this.replicas = List.copyOf(replicas);
    }

    @Override
    public WebhookResponse handle(WebhookRequest request) {
        for (int tries = 0; tries < replicas.size(); tries++) {
            URI target = replicas.get(Math.floorMod(next.getAndIncrement(), replicas.size()));
            if (down.contains(target)) {
                continue;
            }
            try {
                return forward(target, request);
            } catch (IOException e) {
                unreachable.incrementAndGet();
                down.add(target);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return WebhookResponse.refuse(503, "interrupted");
            }
        }
        return WebhookResponse.refuse(502, "no replica reachable");
    }

    private WebhookResponse forward(URI target, WebhookRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder forward = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("content-type") || name.toLowerCase().startsWith("x-telegram")) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        HttpResponse<String> response = http.send(forward.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        forwarded.incrementAndGet();
        return new WebhookResponse(response.statusCode(), response.body());
    }

    @Override
    public String toString() {
        return forwarded.get() + " forwarded, " + unreachable.get() + " found a replica unreachable";
    }
}
