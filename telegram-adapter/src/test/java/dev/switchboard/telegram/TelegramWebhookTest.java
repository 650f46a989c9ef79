package dev.switchboard.telegram;

import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook handler, called directly and once through core's embedded server. */
class TelegramWebhookTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();

    private static final String SECRET = "s3cr3t_Value-1";
    private static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final RecordingListener listener = new RecordingListener();
    private final List<Update> received = new CopyOnWriteArrayList<>();
    private final TelegramPlatform telegram = TelegramPlatform.builder(TokenLeakCheck.TOKEN).listener(listener).build();
    private final WebhookHandler handler = telegram.webhook(SECRET, received::add);

    @Test
    void handsAnUpdateWithTheRightSecretToTheSink() {
        byte[] body = fixture("telegram/callback_query.json").getBytes(StandardCharsets.UTF_8);

        WebhookResponse response = handler.handle(post(Map.of(HEADER, List.of(SECRET)), body));

        assertThat(response).isEqualTo(WebhookResponse.ok(""));
        assertThat(received).singleElement().isInstanceOf(ButtonPress.class);
        assertThat(received.get(0).raw().text()).isEqualTo(new String(body, StandardCharsets.UTF_8).strip());
    }

    @Test
    void headerNameIsCaseInsensitive() {
        WebhookResponse response = handler.handle(post(Map.of(HEADER.toLowerCase(), List.of(SECRET)), update()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void refusesAMissingSecret() {
        WebhookResponse response = handler.handle(post(Map.of(), update()));

        assertThat(response).isEqualTo(WebhookResponse.refuse(401, "missing " + HEADER));
        assertThat(received).isEmpty();
        assertThat(listener.events).containsExactly("rejected 401");
    }

    @Test
    void refusesAWrongSecret() {
        WebhookResponse wrong = handler.handle(post(Map.of(HEADER, List.of("s3cr3t_Value-2")), update()));
        WebhookResponse prefix = handler.handle(post(Map.of(HEADER, List.of("s3cr3t")), update()));

        assertThat(wrong).isEqualTo(WebhookResponse.refuse(401, "wrong " + HEADER));
        assertThat(prefix.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(SECRET);
        assertThat(received).isEmpty();
        assertThat(listener.events).containsExactly("rejected 401", "rejected 401");
    }

    @Test
    void refusesABodyOverTheLimit() {
        WebhookHandler small = telegram.webhook(SECRET, received::add, 64);

        WebhookResponse response = small.handle(post(Map.of(HEADER, List.of(SECRET)), update()));

        assertThat(response).isEqualTo(WebhookResponse.refuse(413, "body larger than 64 bytes"));
        assertThat(received).isEmpty();
        assertThat(listener.events).containsExactly("rejected 413");
    }

    @Test
    void badJsonGets400AndIsReportedAsSkipped() {
        WebhookResponse response = handler.handle(post(Map.of(HEADER, List.of(SECRET)),
                "{\"update_id\": 1, \"message\": {".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).startsWith("unreadable update: ");
        assertThat(received).isEmpty();
        assertThat(listener.events).containsExactly("skipped ?");
    }

    @Test
    void anUnreadableUpdateGets400() {
        WebhookResponse response = handler.handle(post(Map.of(HEADER, List.of(SECRET)),
                "{\"update_id\": 5, \"callback_query\": {}}".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(listener.skipped).singleElement().satisfies(skipped ->
                assertThat(skipped.error().getMessage()).contains("callback_query"));
    }

    @Test
    void aThrowingSinkStillAnswers200SoTelegramDoesNotRedeliver() {
        WebhookHandler poisoned = telegram.webhook(SECRET, update -> {
            throw new IllegalStateException("handler bug");
        });

        WebhookResponse response = poisoned.handle(post(Map.of(HEADER, List.of(SECRET)), update()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(listener.events).containsExactly("failed 396711701");
    }

    @Test
    void offersTheUpdateWithoutWaitingInsteadOfAcceptingIt() {
        WebhookHandler offering = telegram.webhook(SECRET, new UpdateSink() {
            @Override
            public void accept(Update update) {
                throw new AssertionError("a webhook must not wait for the handlers");
            }

            @Override
            public void offer(Update update) {
                received.add(update);
            }
        });

        assertThat(offering.handle(post(Map.of(HEADER, List.of(SECRET)), update())).status()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void aRefusedUpdateGets503WithRetryAfterSoTelegramDeliversItAgain() {
        for (UpdateRefusedException.Reason reason : UpdateRefusedException.Reason.values()) {
            WebhookResponse response = telegram.webhook(SECRET, refusing(reason))
                    .handle(post(Map.of(HEADER, List.of(SECRET)), update()));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.headers()).containsEntry("Retry-After", "1");
            assertThat(response.body()).isEqualTo("update not taken: " + reason);
        }
        assertThat(listener.events).as("a refusal is neither a failed update nor a rejected request").isEmpty();
    }

    @Test
    void refusesOtherMethods() {
        WebhookResponse response = handler.handle(new WebhookRequest("GET", Map.of(HEADER, List.of(SECRET)),
                new byte[0]));

        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void refusesABadSecretWhenBuilt() {
        Throwable e = LEAKS.thrown(() -> telegram.webhook("not allowed!", received::add));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secretToken must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (the given one has"
                        + " 12 characters)");
        assertThat(LEAKS.thrown(() -> telegram.webhook(SECRET, received::add, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksBehindTheEmbeddedServer() throws Exception {
        try (WebhookServer server = WebhookServer.builder(new InetSocketAddress("127.0.0.1", 0))
                .route("/telegram", handler).build()) {
            server.start();
            URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/telegram");
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(uri).header(HEADER, SECRET)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(update())).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri).header(HEADER, "wrong")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(update())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(received).extracting(u -> u.updateId().orElseThrow()).containsExactly("396711701");
        }
    }

    private static UpdateSink refusing(UpdateRefusedException.Reason reason) {
        return new UpdateSink() {
            @Override
            public void accept(Update update) {
                offer(update);
            }

            @Override
            public void offer(Update update) {
                throw new UpdateRefusedException(PlatformId.TELEGRAM, update.updateId().orElse("?"), reason);
            }
        };
    }

    private static WebhookRequest post(Map<String, List<String>> headers, byte[] body) {
        return WebhookRequest.post(headers, body);
    }

    private static byte[] update() {
        return fixture("telegram/message_command_start.json").getBytes(StandardCharsets.UTF_8);
    }
}
