package dev.switchboard.vk;

import static dev.switchboard.vk.VkTestSupport.TOKEN;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Callback API: confirmation, secret, duplicates, size and JSON checks, directly and through WebhookServer. */
@ExtendWith(TokenLeakCheck.class)
class VkWebhookTest {
    private static final String CODE = "a1b2c3d4";
    private static final String SECRET = "s3cr3t-key";
    private static final String DENY = "{\"type\":\"message_deny\",\"event_id\":\"cb-2\",\"v\":\"5.199\","
            + "\"object\":{\"user_id\":612512941},\"group_id\":218375169}";

    private final RecordingListener listener = new RecordingListener();
    private final List<Update> received = new CopyOnWriteArrayList<>();

    private WebhookHandler handler(Optional<String> secret) {
        return VkPlatform.builder(TOKEN).groupId(218375169).listener(listener).build()
                .callback(CODE, secret, received::add);
    }

    private static WebhookResponse post(WebhookHandler handler, String body) {
        return handler.handle(WebhookRequest.post(Map.of(), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void answersTheConfirmationWithTheCode() {
        WebhookResponse response = post(handler(Optional.of(SECRET)), VkTestSupport.fixture("callback_confirmation.json"));

        assertThat(response).isEqualTo(WebhookResponse.ok(CODE));
        assertThat(received).isEmpty();
    }

    @Test
    void refusesAConfirmationForAnotherGroup() {
        WebhookResponse response = post(handler(Optional.empty()), "{\"type\":\"confirmation\",\"group_id\":1}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(listener.rejected).containsExactly(new RecordingListener.Rejected(403,
                "confirmation for another group"));
    }

    @Test
    void confirmsAnyGroupWhenNoGroupIdIsConfigured() {
        WebhookHandler handler = VkPlatform.builder(TOKEN).build().callback(CODE, Optional.empty(), received::add);

        assertThat(post(handler, "{\"type\":\"confirmation\",\"group_id\":1}")).isEqualTo(WebhookResponse.ok(CODE));
    }

    @Test
    void refusesAConfirmationWithAWrongSecret() {
        WebhookResponse response = post(handler(Optional.of(SECRET)),
                "{\"type\":\"confirmation\",\"group_id\":218375169,\"secret\":\"guess\"}");

        assertThat(response).isEqualTo(WebhookResponse.refuse(403, "bad secret"));
    }

    @Test
    void handsAnEventWithTheRightSecretToTheSink() {
        WebhookResponse response = post(handler(Optional.of(SECRET)), VkTestSupport.fixture("callback_with_secret.json"));

        assertThat(response).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(received).singleElement().isInstanceOfSatisfying(MembershipChange.class,
                change -> assertThat(change.updateId()).contains("cb-1"));
    }

    @Test
    void refusesAWrongOrMissingSecret() {
        WebhookHandler handler = handler(Optional.of("another-secret"));

        WebhookResponse wrong = post(handler, VkTestSupport.fixture("callback_with_secret.json"));
        WebhookResponse missing = post(handler, DENY);

        assertThat(wrong).isEqualTo(WebhookResponse.refuse(403, "bad secret"));
        assertThat(missing).isEqualTo(WebhookResponse.refuse(403, "bad secret"));
        assertThat(received).isEmpty();
        assertThat(listener.rejected).extracting(RecordingListener.Rejected::status).containsExactly(403, 403);
    }

    @Test
    void acceptsEventsWhenNoSecretIsConfigured() {
        assertThat(post(handler(Optional.empty()), VkTestSupport.fixture("callback_with_secret.json")))
                .isEqualTo(WebhookResponse.ok("ok"));
        assertThat(received).hasSize(1);
    }

    @Test
    void answersARepeatedEventOkWithoutHandingItOverAgain() {
        WebhookHandler handler = handler(Optional.empty());

        assertThat(post(handler, DENY)).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(post(handler, DENY)).isEqualTo(WebhookResponse.ok("ok"));

        assertThat(received).hasSize(1);
    }

    @Test
    void answersOkWhenTheSinkThrows() {
        RuntimeException crash = new IllegalStateException("handler bug");
        WebhookHandler handler = VkPlatform.builder(TOKEN).listener(listener).build()
                .callback(CODE, Optional.empty(), update -> {
                    throw crash;
                });

        assertThat(post(handler, DENY)).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(listener.failed).singleElement().satisfies(failed -> assertThat(failed.error()).isSameAs(crash));
    }

    @Test
    void aRefusedEventGets503WithRetryAfterAndItsRedeliveryIsTaken() {
        List<UpdateRefusedException.Reason> refusals = new CopyOnWriteArrayList<>(
                List.of(UpdateRefusedException.Reason.SATURATED, UpdateRefusedException.Reason.STOPPING));
        WebhookHandler handler = VkPlatform.builder(TOKEN).groupId(218375169).listener(listener).build()
                .callback(CODE, Optional.empty(), new UpdateSink() {
                    @Override
                    public void accept(Update update) {
                        throw new AssertionError("a webhook must not wait for the handlers");
                    }

                    @Override
                    public void offer(Update update) {
                        if (!refusals.isEmpty()) {
                            throw new UpdateRefusedException(PlatformId.VK, "cb-2", refusals.remove(0));
                        }
                        received.add(update);
                    }
                });

        WebhookResponse saturated = post(handler, DENY);
        WebhookResponse stopping = post(handler, DENY);
        WebhookResponse taken = post(handler, DENY);

        assertThat(saturated.status()).isEqualTo(503);
        assertThat(saturated.body()).isEqualTo("event not taken: SATURATED").isNotEqualTo("ok");
        assertThat(saturated.headers()).containsEntry("Retry-After", "1");
        assertThat(stopping.status()).isEqualTo(503);
        assertThat(taken).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(received).singleElement().satisfies(u -> assertThat(u.updateId()).contains("cb-2"));
        assertThat(listener.failed).isEmpty();
        assertThat(listener.rejected).isEmpty();
    }

    @Test
    void refusesAnEventForAnotherGroupWithoutHandingItOver() {
        WebhookHandler handler = handler(Optional.empty());

        WebhookResponse other = post(handler, DENY.replace("218375169", "1"));
        WebhookResponse none = post(handler, DENY.replace(",\"group_id\":218375169", ""));

        assertThat(other).isEqualTo(WebhookResponse.refuse(403, "event for another group"));
        assertThat(none).isEqualTo(WebhookResponse.refuse(403, "event for another group"));
        assertThat(received).isEmpty();
        assertThat(listener.rejected).containsExactly(new RecordingListener.Rejected(403, "event for another group"),
                new RecordingListener.Rejected(403, "event for another group"));
        assertThat(post(handler, DENY)).as("the event id was not taken by the refused copies")
                .isEqualTo(WebhookResponse.ok("ok"));
        assertThat(received).hasSize(1);
    }

    @Test
    void refusesAnOversizedBodyWith413() {
        WebhookHandler handler = VkPlatform.builder(TOKEN).listener(listener).build()
                .callback(CODE, Optional.empty(), received::add, 64);

        assertThat(post(handler, DENY).status()).isEqualTo(413);
        assertThat(received).isEmpty();
        assertThat(listener.rejected).containsExactly(new RecordingListener.Rejected(413, "body larger than 64 bytes"));
    }

    @Test
    void refusesBodiesThatAreNotEnvelopesWith400() {
        WebhookHandler handler = handler(Optional.empty());

        for (String body : List.of("{\"type\":", "[]", "{\"event_id\":\"x\"}", "", "{} {}")) {
            assertThat(post(handler, body).status()).as(body).isEqualTo(400);
        }
        assertThat(listener.rejected).hasSize(5);
        assertThat(received).isEmpty();
    }

    @Test
    void skipsAnEnvelopeThatCannotBeReadButAnswersOk() {
        WebhookResponse response = post(handler(Optional.empty()),
                "{\"type\":\"message_new\",\"event_id\":\"cb-9\",\"group_id\":218375169,\"object\":{}}");

        assertThat(response).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(received).isEmpty();
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.updateId()).contains("cb-9"));
    }

    @Test
    void anAddedListenerHearsFailedSkippedAndRefusedEventsEvenWhenTheBuildersListenerThrows() {
        RuntimeException crash = new IllegalStateException("handler bug");
        SwitchboardListener throwing = new SwitchboardListener() {
            @Override
            public void updateFailed(Update update, RuntimeException error) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
                throw new IllegalStateException("listener bug");
            }
        };
        VkPlatform vk = VkPlatform.builder(TOKEN).listener(throwing).build();
        vk.addListener(listener);
        WebhookHandler handler = vk.callback(CODE, Optional.empty(), update -> {
            throw crash;
        }, 1024);

        assertThat(post(handler, DENY)).isEqualTo(WebhookResponse.ok("ok"));
        assertThat(post(handler, "{\"type\":\"message_new\",\"event_id\":\"cb-9\",\"group_id\":1,\"object\":{}}"))
                .isEqualTo(WebhookResponse.ok("ok"));
        assertThat(post(handler, "[]").status()).isEqualTo(400);

        assertThat(listener.failed).singleElement().satisfies(failed -> {
            assertThat(failed.error()).isSameAs(crash);
            assertThat(failed.update().updateId()).contains("cb-2");
        });
        assertThat(listener.skipped).singleElement().satisfies(s -> assertThat(s.updateId()).contains("cb-9"));
        assertThat(listener.rejected).extracting(RecordingListener.Rejected::status).containsExactly(400);
    }

    @Test
    void everyAddedListenerHearsEachEventOnceAfterTheBuildersListener() {
        RecordingListener second = new RecordingListener();
        VkPlatform vk = VkPlatform.builder(TOKEN).listener(listener).build();
        vk.addListener(second);
        RuntimeException crash = new IllegalStateException("handler bug");
        WebhookHandler handler = vk.callback(CODE, Optional.empty(), update -> {
            throw crash;
        });

        post(handler, DENY);

        assertThat(listener.failed).extracting(RecordingListener.Failed::error).containsExactly(crash);
        assertThat(second.failed).extracting(RecordingListener.Failed::error).containsExactly(crash);
        thrown(NullPointerException.class, () -> vk.addListener(null));
    }

    @Test
    void refusesOtherMethods() {
        WebhookResponse response = handler(Optional.empty()).handle(new WebhookRequest("GET", Map.of(), new byte[0]));

        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void checksItsArguments() {
        VkPlatform vk = VkPlatform.builder(TOKEN).build();

        thrown(IllegalArgumentException.class, () -> vk.callback("", Optional.empty(), received::add));
        thrown(IllegalArgumentException.class, () -> vk.callback(CODE, Optional.of(""), received::add));
        thrown(IllegalArgumentException.class, () -> vk.callback(CODE, Optional.empty(), received::add, 0));
        assertThat(handler(Optional.of(SECRET)).toString()).doesNotContain(SECRET).doesNotContain(CODE);
    }

    @Test
    void worksBehindTheEmbeddedWebhookServer() throws IOException, InterruptedException {
        WebhookServer server = WebhookServer.builder(new InetSocketAddress("127.0.0.1", 0))
                .route("/vk", handler(Optional.of(SECRET)))
                .maxBodyBytes(1024)
                .build();
        server.start();
        try (server) {
            URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/vk");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> confirmation = http.send(request(uri,
                    VkTestSupport.fixture("callback_confirmation.json")), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> event = http.send(request(uri, VkTestSupport.fixture("callback_with_secret.json")),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> refused = http.send(request(uri, DENY), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> oversized = http.send(request(uri, " ".repeat(2048)),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(confirmation.statusCode()).isEqualTo(200);
            assertThat(confirmation.body()).isEqualTo(CODE);
            assertThat(event.statusCode()).isEqualTo(200);
            assertThat(event.body()).isEqualTo("ok");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(oversized.statusCode()).isEqualTo(413);
            assertThat(received).singleElement().satisfies(u -> assertThat(u.updateId()).contains("cb-1"));
        }
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
