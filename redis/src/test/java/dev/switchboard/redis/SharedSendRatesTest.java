package dev.switchboard.redis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.telegram.TelegramApiException;
import dev.switchboard.telegram.TelegramPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three replicas' Telegram platforms, each with a Redis connection of its own, keep one bot-wide
 * send rate between them, and a 429 seen by one halts the others, as the Bot API server sees it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SharedSendRatesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN = "123:TEST";
    private static final int RATE = 20;
    @RegisterExtension
    static final LocalRedisExtension redis = new LocalRedisExtension();
    private final String namespace = RedisServer.freshNamespace();

    @BeforeEach
    void stub() {
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":7,\"date\":0,\"chat\":{\"id\":42,\"type\":\"private\"}}}")));
    }

    @Test
    void threeReplicasTogetherNeverExceedTheBotWideRate() {
        List<TelegramPlatform> replicas = List.of(replica(RetryPolicy.defaults()), replica(RetryPolicy.defaults()),
                replica(RetryPolicy.defaults()));

        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (int r = 0; r < replicas.size(); r++) {
            TelegramPlatform replica = replicas.get(r);
            long firstChat = 1_000L * (r + 1);
            sending.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 15; i++) {
                    replica.messenger().send(firstChat + i, "hi");
                }
            }));
        }
        sending.forEach(CompletableFuture::join);

        List<Long> times = wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertThat(times).hasSize(45);
        // 20 a second, no burst: 10 or 11 in any half second (13 with the clocks' slack); each replica alone would
        // send 10 in it, the three 30.
        for (long start : times) {
            assertThat(times.stream().filter(t -> t >= start && t < start + 500).count()).isLessThanOrEqualTo(13);
        }
        assertThat(times.get(44) - times.get(0)).isGreaterThanOrEqualTo(1_900);
    }

    @Test
    void a429SeenByOneReplicaHoldsBackTheOthersUntilItsRetryAfterHasPassed() throws IOException {
        wm.stubFor(post(urlPathEqualTo("/bot" + TOKEN + "/sendMessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("1")))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody(fixture("telegram/error_429_retry_after_1.json"))));
        TelegramPlatform first = replica(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(2)));
        TelegramPlatform second = replica(RetryPolicy.defaults());
        TelegramPlatform third = replica(RetryPolicy.defaults());
        assertThat(catchThrowable(() -> first.messenger().send(1, "hi"))).isInstanceOf(TelegramApiException.class);
        long halted = System.currentTimeMillis();

        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> second.messenger().send(2, "hi"));
        CompletableFuture<Void> c = CompletableFuture.runAsync(() -> third.messenger().send(3, "hi"));
        b.join();
        c.join();

        List<Long> after = wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(request -> !request.getBodyAsString().contains("\"chat_id\":1"))
                .map(request -> request.getLoggedDate().getTime()).toList();
        assertThat(after).hasSize(2).allSatisfy(time -> assertThat(time - halted).isGreaterThanOrEqualTo(700));
    }

    /** One replica's platform: its own Redis connection to the shared namespace, shared by {@code share}. */
    private TelegramPlatform replica(RetryPolicy retry) {
        RedisState state = redis.state(namespace);
        TelegramPlatform platform = TelegramPlatform.builder(TOKEN).apiUrl(URI.create(wm.baseUrl()))
                .rateLimits(true).messagesPerSecond(RATE).retryPolicy(retry).build();
        platform.share(state);
        return platform;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SharedSendRatesTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
