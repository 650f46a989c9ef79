package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.switchboard.telegram.TelegramTestSupport.error;
import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** getUpdates: offsets, failures in the sink, skipped updates, errors, stop. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TelegramLongPollTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordingListener listener = new RecordingListener();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @Test
    void offsetMovesPastEachBatchOnlyAfterHandingItOver() {
        stubPoll(0, batch(message(500), message(501)));
        stubPoll(502, batch(message(502), message(503)));
        UpdateSource source = source();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            if (delivered.size() == 4) {
                source.stop();
            }
        });

        assertThat(delivered).containsExactly("500", "501", "502", "503");
        assertThat(polledOffsets()).containsExactly(0L, 502L, 504L);
        assertThat(lastPoll()).isEqualTo("{\"offset\":504,\"limit\":1,\"timeout\":0,\"allowed_updates\":[]}");
    }

    @Test
    void aSinkThatThrowsIsReportedAndTheOffsetStillMovesOn() {
        stubPoll(0, batch(message(500), message(501), message(502)));
        stubPoll(503, batch(message(503)));
        UpdateSource source = source();

        source.run(update -> {
            String id = update.updateId().orElseThrow();
            delivered.add(id);
            if (id.equals("501")) {
                throw new IllegalStateException("handler bug on 501");
            }
            if (id.equals("503")) {
                source.stop();
            }
        });

        assertThat(delivered).containsExactly("500", "501", "502", "503");
        assertThat(polledOffsets()).startsWith(0L, 503L);
        assertThat(listener.events).containsExactly("failed 501");
        assertThat(listener.failures).extracting(Throwable::getMessage).containsExactly("handler bug on 501");
    }

    @Test
    void unreadableUpdatesAreReportedAndMovedPast() {
        String noPressId = "{\"update_id\":501,\"callback_query\":{\"from\":{\"id\":1},\"chat_instance\":\"1\"}}";
        String noUpdateId = "{\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1}}";
        stubPoll(0, batch(message(500), noPressId, message(502), noUpdateId));
        stubPoll(503, batch(message(503)));
        UpdateSource source = source();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            if (delivered.size() == 3) {
                source.stop();
            }
        });

        assertThat(delivered).containsExactly("500", "502", "503");
        assertThat(polledOffsets()).startsWith(0L, 503L);
        assertThat(listener.events).containsExactly("skipped 501", "skipped ?");
        assertThat(listener.skipped.get(0).error().getMessage()).contains("callback_query.id");
    }

    @Test
    void aBatchOfOnlyUnreadableUpdatesWithoutIdsBacksOffInsteadOfSpinning() {
        String noUpdateId = "{\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1}}";
        wm.stubFor(poll().inScenario("bad").whenScenarioStateIs(STARTED).willReturn(batch(noUpdateId))
                .willSetStateTo("good"));
        wm.stubFor(poll().inScenario("bad").whenScenarioStateIs("good").willReturn(batch(message(40))));
        UpdateSource source = source();

        source.run(update -> {
            deliver(update);
            source.stop();
        });

        assertThat(delivered).containsExactly("40");
        assertThat(listener.events).containsExactly("skipped ?", "retrying getUpdates after attempt 1");
    }

    @Test
    void stopInTheMiddleOfABatchConfirmsOnlyWhatWasHandedOver() {
        stubPoll(0, batch(message(500), message(501), message(502)));
        UpdateSource source = source();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            source.stop();
        });

        assertThat(delivered).containsExactly("500");
        assertThat(polledOffsets()).containsExactly(0L, 501L);
    }

    @Test
    void conflictStopsWithAClearMessage() {
        wm.stubFor(poll().willReturn(error(409, "telegram/error_409_conflict.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> source().run(this::deliver));

        assertThat(e.errorCode()).isEqualTo(409);
        assertThat(e.getMessage()).isEqualTo("Telegram getUpdates failed with 409: Conflict: terminated by other"
                + " getUpdates request; make sure that only one bot instance is running; another getUpdates poller"
                + " or a webhook is active for this bot: stop the other instance, or call deleteWebhook first");
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo(path("getUpdates"))))).hasSize(1);
    }

    @Test
    void aRevokedTokenStops() {
        wm.stubFor(poll().willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> source().run(this::deliver));

        assertThat(e.getMessage()).isEqualTo("Telegram getUpdates failed with 401: Unauthorized");
    }

    @Test
    void networkFaultsServerErrorsAndFloodBackOffAndResume() {
        wm.stubFor(poll().inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("502"));
        wm.stubFor(poll().inScenario("flaky").whenScenarioStateIs("502")
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")).willSetStateTo("429"));
        wm.stubFor(poll().inScenario("flaky").whenScenarioStateIs("429")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                                + " 1\",\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("up"));
        wm.stubFor(poll().inScenario("flaky").whenScenarioStateIs("up").willReturn(batch(message(700))));
        UpdateSource source = source();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            source.stop();
        });

        assertThat(delivered).containsExactly("700");
        assertThat(listener.events).containsExactly("retrying getUpdates after attempt 1",
                "retrying getUpdates after attempt 2", "retrying getUpdates after attempt 3");
        assertThat(listener.delays.get(2)).isEqualTo(Duration.ofSeconds(1));
        List<LoggedRequest> polls = wm.findAll(postRequestedFor(urlPathEqualTo(path("getUpdates"))));
        long waited = polls.get(3).getLoggedDate().getTime() - polls.get(2).getLoggedDate().getTime();
        assertThat(waited).isGreaterThanOrEqualTo(950);
    }

    @Test
    void unreadableAnswerBacksOffAndResumes() {
        wm.stubFor(poll().inScenario("garbage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withBody("not json")).willSetStateTo("up"));
        wm.stubFor(poll().inScenario("garbage").whenScenarioStateIs("up").willReturn(batch(message(9))));
        UpdateSource source = source();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            source.stop();
        });

        assertThat(delivered).containsExactly("9");
        assertThat(listener.events).containsExactly("retrying getUpdates after attempt 1");
    }

    @Test
    void stopReturnsPromptlyDuringALongPoll() throws InterruptedException {
        wm.stubFor(poll().willReturn(batch().withFixedDelay(5_000)));
        UpdateSource source = platform(wm).listener(listener).build().longPoll(30, List.of());
        Thread poller = new Thread(() -> source.run(this::deliver));
        poller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (wm.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        long start = System.nanoTime();
        source.stop();
        poller.join(2_000);

        assertThat(poller.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_000));
        assertThat(delivered).isEmpty();
    }

    @Test
    void stoppedBeforeRunningPollsNothing() {
        UpdateSource source = source();
        source.stop();

        source.run(this::deliver);

        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aSourceRunsOnce() {
        UpdateSource source = source();
        source.stop();
        source.run(this::deliver);

        assertThat(LEAKS.thrown(() -> source.run(this::deliver))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void defaultsToA50SecondPollWithoutAllowedUpdates() {
        stubPoll(0, batch(message(1)));
        UpdateSource source = platform(wm).build().longPoll();

        source.run(update -> source.stop());

        wm.verify(postRequestedFor(urlPathEqualTo(path("getUpdates")))
                .withRequestBody(equalToJson(fixture("telegram/requests/get_updates_default.json"))));
    }

    @Test
    void sendsAllowedUpdatesAndClampsTheTimeout() {
        stubPoll(0, batch(message(1)));
        UpdateSource source = platform(wm).build()
                .longPoll(120, List.of("message", "callback_query", "my_chat_member"));

        source.run(update -> source.stop());

        wm.verify(postRequestedFor(urlPathEqualTo(path("getUpdates")))
                .withRequestBody(equalToJson(fixture("telegram/requests/get_updates_allowed.json"))));
    }

    @Test
    void clampsANegativeTimeoutToZero() {
        stubPoll(0, batch(message(1)));
        UpdateSource source = platform(wm).build().longPoll(-5, List.of());

        source.run(update -> source.stop());

        wm.verify(postRequestedFor(urlPathEqualTo(path("getUpdates")))
                .withRequestBody(equalToJson(fixture("telegram/requests/get_updates_clamped.json"))));
        LEAKS.record(source);
    }

    @Test
    void resumesFromTheCheckpointAndSavesTheOffsetAfterEachBatch() {
        CheckpointStore checkpoints = CheckpointStore.inMemory();
        checkpoints.save("telegram-123456", "700");
        stubPoll(700, batch(message(700), message(701)));
        stubPoll(702, batch(message(702)));
        UpdateSource source = checkpointed(checkpoints);
        List<String> seenCheckpoints = new CopyOnWriteArrayList<>();

        source.run(update -> {
            deliver(update);
            seenCheckpoints.add(checkpoints.load("telegram-123456").orElseThrow());
            if (delivered.size() == 3) {
                source.stop();
            }
        });

        assertThat(delivered).containsExactly("700", "701", "702");
        assertThat(polledOffsets().get(0)).isEqualTo(700L);
        assertThat(seenCheckpoints).containsExactly("700", "700", "702");
        assertThat(checkpoints.load("telegram-123456")).contains("703");
    }

    @Test
    void anUpdateTheSinkRefusesWhileStoppingKeepsTheOffsetBeforeIt() {
        CheckpointStore checkpoints = CheckpointStore.inMemory();
        stubPoll(0, batch(message(500), message(501), message(502)));
        UpdateSource source = checkpointed(checkpoints);

        source.run(update -> {
            if (update.updateId().orElseThrow().equals("501")) {
                throw new UpdateRefusedException(PlatformId.TELEGRAM, "501", UpdateRefusedException.Reason.STOPPING);
            }
            deliver(update);
        });

        assertThat(delivered).containsExactly("500");
        assertThat(checkpoints.load("telegram-123456")).contains("501");
        assertThat(lastPoll()).isEqualTo("{\"offset\":501,\"limit\":1,\"timeout\":0,\"allowed_updates\":[]}");
    }

    @Test
    void anUpdateRefusedForSaturationIsFetchedAgainAndHandedOverOnce() {
        stubPoll(0, batch(message(500), message(501)));
        stubPoll(501, batch(message(501)));
        stubPoll(502, batch());
        UpdateSource source = source();
        List<String> refused = new CopyOnWriteArrayList<>();

        source.run(update -> {
            String id = update.updateId().orElseThrow();
            if (id.equals("501") && refused.isEmpty()) {
                refused.add(id);
                throw new UpdateRefusedException(PlatformId.TELEGRAM, id, UpdateRefusedException.Reason.SATURATED);
            }
            deliver(update);
            if (delivered.size() == 2) {
                source.stop();
            }
        });

        assertThat(delivered).containsExactly("500", "501");
        assertThat(polledOffsets()).startsWith(0L, 501L);
    }

    @Test
    void theConfirmationAtStopIsRetriedWhenItFails() {
        stubPoll(0, batch(message(500)));
        wm.stubFor(poll().withRequestBody(matchingJsonPath("$.offset", equalTo("501"))).inScenario("confirm")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(502).withBody("<html>bad gateway"))
                .willSetStateTo("second"));
        wm.stubFor(poll().withRequestBody(matchingJsonPath("$.offset", equalTo("501"))).inScenario("confirm")
                .whenScenarioStateIs("second").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("third"));
        wm.stubFor(poll().withRequestBody(matchingJsonPath("$.offset", equalTo("501"))).inScenario("confirm")
                .whenScenarioStateIs("third").willReturn(batch()));
        UpdateSource source = source();

        source.run(update -> {
            deliver(update);
            source.stop();
        });

        assertThat(delivered).containsExactly("500");
        assertThat(polledOffsets()).containsExactly(0L, 501L, 501L, 501L);
    }

    // ---- helpers ----

    private UpdateSource checkpointed(CheckpointStore checkpoints) {
        return platform(wm).listener(listener).build().updateSource(new UpdateNeeds(Set.of(), false), checkpoints);
    }

    private UpdateSource source() {
        return platform(wm).listener(listener).build().longPoll(0, List.of());
    }

    private static MappingBuilder poll() {
        return post(urlPathEqualTo(path("getUpdates")));
    }

    private static void stubPoll(long offset, ResponseDefinitionBuilder answer) {
        wm.stubFor(poll().withRequestBody(matchingJsonPath("$.offset", equalTo(Long.toString(offset))))
                .willReturn(answer));
    }

    private static ResponseDefinitionBuilder batch(String... updates) {
        return ok(Stream.of(updates).collect(Collectors.joining(",", "[", "]")));
    }

    private static String message(long updateId) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"chat\":{\"id\":222,"
                + "\"type\":\"private\"},\"date\":1670598000,\"text\":\"m" + updateId + "\"}}";
    }

    private static List<Long> polledOffsets() {
        return wm.findAll(postRequestedFor(urlPathEqualTo(path("getUpdates")))).stream()
                .map(request -> {
                    try {
                        return JSON.readTree(request.getBodyAsString()).path("offset").longValue();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toList());
    }

    private static String lastPoll() {
        List<LoggedRequest> polls = wm.findAll(postRequestedFor(urlPathEqualTo(path("getUpdates"))));
        return polls.get(polls.size() - 1).getBodyAsString();
    }

    private void deliver(Update update) {
        delivered.add(update.updateId().orElseThrow());
    }
}
