package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Fixtures, stubs and a platform pointed at WireMock, shared by the client tests. */
final class TelegramTestSupport {
    /** Three attempts, 10 ms doubling to 50 ms, no jitter; retry_after honoured up to 2 s. */
    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0,
            Duration.ofSeconds(2));

    private TelegramTestSupport() {
    }

    /** The URL path of {@code method} for the test token. */
    static String path(String method) {
        return "/bot" + TokenLeakCheck.TOKEN + "/" + method;
    }

    /** A platform on {@code wm} with fast retries and no rate limits. */
    static TelegramPlatform.Builder platform(WireMockExtension wm) {
        return TelegramPlatform.builder(TokenLeakCheck.TOKEN)
                .apiUrl(URI.create(wm.baseUrl()))
                .retryPolicy(FAST)
                .requestTimeout(Duration.ofSeconds(5))
                .rateLimits(false);
    }

    /** {@code {"ok":true,"result":<result>}}. */
    static ResponseDefinitionBuilder ok(String result) {
        return okJson("{\"ok\":true,\"result\":" + result + "}");
    }

    /** A sent message with {@code messageId} in {@code chatId}. */
    static ResponseDefinitionBuilder sent(long chatId, long messageId) {
        return ok("{\"message_id\":" + messageId + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},"
                + "\"date\":1700000000,\"text\":\"hi\"}");
    }

    /** An error answer with the fixture's body and its error_code as the status. */
    static ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fixture(fixture));
    }

    /** A test resource as text, e.g. {@code telegram/error_429_retry_after.json}. */
    static String fixture(String name) {
        try (InputStream in = TelegramTestSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
