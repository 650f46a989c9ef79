package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.vk.VkTestSupport.all;
import static dev.switchboard.vk.VkTestSupport.assertForm;
import static dev.switchboard.vk.VkTestSupport.calls;
import static dev.switchboard.vk.VkTestSupport.fixture;
import static dev.switchboard.vk.VkTestSupport.platform;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bots Long Poll: ts progression, failed 1/2/3, duplicates, sink crashes, faults, stop. */
@ExtendWith(TokenLeakCheck.class)
@Timeout(10)
class VkLongPollTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final long GROUP = 218375169L;

    private final RecordingListener listener = new RecordingListener();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private UpdateSource source;

    private UpdateSource source() {
        source = platform(wm).groupId(GROUP).listener(listener).build().longPoll();
        return source;
    }

    /** Records each update's event_id and stops the source after {@code last}. */
    private UpdateSink until(String last) {
        return update -> {
            delivered.add(update.updateId().orElseThrow());
            if (update.updateId().get().equals(last)) {
                source.stop();
            }
        };
    }

    /** getLongPollServer answers these key/ts pairs in turn. */
    private static void servers(String... keyTs) {
        for (int i = 0; i < keyTs.length; i++) {
            String[] pair = keyTs[i].split("/");
            wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer")).inScenario("servers")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "server " + i).willSetStateTo("server " + (i + 1))
                    .willReturn(okJson("{\"response\":{\"key\":\"" + pair[0] + "\",\"server\":\"" + wm.baseUrl()
                            + "/lp\",\"ts\":\"" + pair[1] + "\"}}")));
        }
    }

    private static void check(String key, String ts, ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo("/lp")).withQueryParam("act", equalTo("a_check"))
                .withQueryParam("key", equalTo(key)).withQueryParam("ts", equalTo(ts))
                .withQueryParam("wait", equalTo("25")).willReturn(response));
    }

    /** A Bots Long Poll batch of message_deny events with these event ids. */
    private static ResponseDefinitionBuilder batch(String ts, String... eventIds) {
        return okJson("{\"ts\":\"" + ts + "\",\"updates\":[" + Arrays.stream(eventIds)
                .map(id -> "{\"group_id\":" + GROUP + ",\"type\":\"message_deny\",\"event_id\":\"" + id
                        + "\",\"v\":\"5.199\",\"object\":{\"user_id\":1}}")
                .collect(Collectors.joining(",")) + "]}");
    }

    /** The key and ts of every a_check, in order. */
    private static List<String> checks() {
        return all(wm).stream().filter(r -> r.getUrl().startsWith("/lp"))
                .map(r -> r.queryParameter("key").firstValue() + "/" + r.queryParameter("ts").firstValue())
                .toList();
    }

    @Test
    void tsMovesOnBatchByBatchAndDuplicatesAreDropped() {
        servers("k1/1");
        check("k1", "1", okJson(fixture("longpoll_updates.json")));
        check("k1", "4", batch("5", "lp-3"));

        source().run(until("lp-3"));

        assertThat(delivered).containsExactly("lp-1", "lp-2", "lp-3");
        assertThat(checks()).containsExactly("k1/1", "k1/4");
        assertForm(calls(wm, "groups.getLongPollServer").get(0), "requests/get_long_poll_server.json");
        LoggedRequest first = all(wm).stream().filter(r -> r.getUrl().startsWith("/lp")).findFirst().orElseThrow();
        assertThat(first.queryParameter("wait").firstValue()).isEqualTo("25");
        assertThat(first.getUrl()).doesNotContain(VkTestSupport.TOKEN);
    }

    @Test
    void followsFailed1And2And3() {
        servers("k1/1", "k2/50", "k3/70");
        check("k1", "1", okJson(fixture("longpoll_updates.json")));
        check("k1", "4", okJson(fixture("longpoll_failed_1.json")));
        check("k1", "30", batch("31", "lp-3"));
        check("k1", "31", okJson(fixture("longpoll_failed_2.json")));
        check("k2", "31", batch("32", "lp-3", "lp-4"));
        check("k2", "32", okJson(fixture("longpoll_failed_3.json")));
        check("k3", "70", batch("71", "lp-5"));

        source().run(until("lp-5"));

        assertThat(checks()).containsExactly("k1/1", "k1/4", "k1/30", "k1/31", "k2/31", "k2/32", "k3/70");
        assertThat(calls(wm, "groups.getLongPollServer")).hasSize(3);
        assertThat(delivered).containsExactly("lp-1", "lp-2", "lp-3", "lp-4", "lp-5").doesNotHaveDuplicates();
    }

    @Test
    void failed1And3AreReportedAsLostUpdatesAnd2IsNot() {
        servers("k1/1", "k2/50", "k3/70");
        check("k1", "1", okJson(fixture("longpoll_updates.json")));
        check("k1", "4", okJson(fixture("longpoll_failed_1.json")));
        check("k1", "30", okJson(fixture("longpoll_failed_2.json")));
        check("k2", "30", okJson(fixture("longpoll_failed_3.json")));
        check("k3", "70", batch("71", "lp-5"));

        source().run(until("lp-5"));

        assertThat(listener.lost).containsExactly(
                "VK Bots Long Poll answered failed 1: the event history no longer reaches ts 4; going on from ts 30",
                "VK Bots Long Poll answered failed 3: the key and ts expired; events since ts 30 may be lost");
    }

    @Test
    void resumesFromTheCheckpointTsAndSavesTsAndServerAfterEachBatch() {
        CheckpointStore checkpoints = CheckpointStore.inMemory();
        checkpoints.save("vk-group-" + GROUP, "40 " + wm.baseUrl() + "/lp");
        servers("k1/99");
        check("k1", "40", batch("41", "lp-40"));
        check("k1", "41", batch("42", "lp-41"));
        source = checkpointed(checkpoints);

        source.run(until("lp-41"));

        assertThat(checks()).startsWith("k1/40", "k1/41");
        assertThat(delivered).containsExactly("lp-40", "lp-41");
        assertThat(checkpoints.load("vk-group-" + GROUP)).contains("42 " + wm.baseUrl() + "/lp");
        assertThat(listener.lost).isEmpty();
    }

    @Test
    void aCheckpointVkNoLongerReachesIsReportedAsLostUpdates() {
        CheckpointStore checkpoints = CheckpointStore.inMemory();
        checkpoints.save("vk-group-" + GROUP, "4 " + wm.baseUrl() + "/lp");
        servers("k1/99");
        check("k1", "4", okJson(fixture("longpoll_failed_1.json")));
        check("k1", "30", batch("31", "lp-30"));
        source = checkpointed(checkpoints);

        source.run(until("lp-30"));

        assertThat(listener.lost).containsExactly(
                "VK Bots Long Poll answered failed 1: the event history no longer reaches ts 4; going on from ts 30");
        assertThat(delivered).containsExactly("lp-30");
    }

    @Test
    void aBatchTheSinkRefusesKeepsItsTsAndIsAskedForAgain() {
        servers("k1/1");
        check("k1", "1", batch("4", "lp-1", "lp-2"));
        check("k1", "4", batch("5", "lp-3"));
        List<String> refused = new CopyOnWriteArrayList<>();
        source();

        source.run(update -> {
            String id = update.updateId().orElseThrow();
            if (id.equals("lp-2") && refused.isEmpty()) {
                refused.add(id);
                throw new UpdateRefusedException(PlatformId.VK, id, UpdateRefusedException.Reason.SATURATED);
            }
            until("lp-3").accept(update);
        });

        assertThat(delivered).containsExactly("lp-1", "lp-2", "lp-3");
        assertThat(checks()).startsWith("k1/1", "k1/1", "k1/4");
    }

    @Test
    void aBatchRefusedWhileStoppingEndsThePollWithoutMovingTheTs() {
        CheckpointStore checkpoints = CheckpointStore.inMemory();
        servers("k1/1");
        check("k1", "1", batch("4", "lp-1", "lp-2"));
        source = checkpointed(checkpoints);

        source.run(update -> {
            if (update.updateId().orElseThrow().equals("lp-2")) {
                throw new UpdateRefusedException(PlatformId.VK, "lp-2", UpdateRefusedException.Reason.STOPPING);
            }
            delivered.add(update.updateId().orElseThrow());
        });

        assertThat(delivered).containsExactly("lp-1");
        assertThat(checks()).containsExactly("k1/1");
        assertThat(checkpoints.load("vk-group-" + GROUP)).isEmpty();
    }

    private UpdateSource checkpointed(CheckpointStore checkpoints) {
        return platform(wm).groupId(GROUP).listener(listener).build()
                .updateSource(new UpdateNeeds(Set.of(), false), checkpoints);
    }

    @Test
    void aSinkThatThrowsIsReportedAndTheBatchStillCommits() {
        servers("k1/1");
        check("k1", "1", batch("4", "lp-1", "lp-2"));
        check("k1", "4", batch("5", "lp-3"));
        RuntimeException crash = new IllegalStateException("handler bug");
        UpdateSink stopAtLast = until("lp-3");

        source().run(update -> {
            stopAtLast.accept(update);
            if (update.updateId().get().equals("lp-1")) {
                throw crash;
            }
        });

        assertThat(delivered).containsExactly("lp-1", "lp-2", "lp-3");
        assertThat(listener.failed).singleElement().satisfies(failed -> {
            assertThat(failed.error()).isSameAs(crash);
            assertThat(failed.update().updateId()).contains("lp-1");
        });
        assertThat(checks()).containsExactly("k1/1", "k1/4");
    }

    @Test
    void anUnreadableUpdateIsSkippedAndReported() {
        servers("k1/1");
        check("k1", "1", okJson("{\"ts\":\"2\",\"updates\":[{\"type\":\"message_new\",\"event_id\":\"bad\","
                + "\"group_id\":1,\"object\":{\"client_info\":{}}},{\"type\":\"message_deny\",\"event_id\":\"lp-9\","
                + "\"group_id\":1,\"object\":{\"user_id\":1}}]}"));

        source().run(until("lp-9"));

        assertThat(delivered).containsExactly("lp-9");
        assertThat(listener.skipped).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isZero();
            assertThat(skipped.updateId()).contains("bad");
        });
    }

    @Test
    void anAddedListenerHearsSkippedAndFailedUpdatesFromTheLongPoll() {
        servers("k1/1");
        check("k1", "1", okJson("{\"ts\":\"2\",\"updates\":[{\"type\":\"message_new\",\"event_id\":\"bad\","
                + "\"group_id\":1,\"object\":{\"client_info\":{}}},{\"type\":\"message_deny\",\"event_id\":\"lp-9\","
                + "\"group_id\":1,\"object\":{\"user_id\":1}}]}"));
        RecordingListener added = new RecordingListener();
        VkPlatform vk = platform(wm).groupId(GROUP).listener(listener).build();
        vk.addListener(added);
        source = vk.longPoll();
        RuntimeException crash = new IllegalStateException("handler bug");
        UpdateSink stopAtLast = until("lp-9");

        source.run(update -> {
            stopAtLast.accept(update);
            throw crash;
        });

        for (RecordingListener each : List.of(listener, added)) {
            assertThat(each.skipped).singleElement().satisfies(skipped -> assertThat(skipped.updateId()).contains("bad"));
            assertThat(each.failed).singleElement().satisfies(failed -> {
                assertThat(failed.error()).isSameAs(crash);
                assertThat(failed.update().updateId()).contains("lp-9");
            });
        }
    }

    @Test
    void resumesAfterNetworkFaultsAndServerErrors() {
        servers("k1/1");
        wm.stubFor(get(urlPathEqualTo("/lp")).inScenario("faults").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlPathEqualTo("/lp")).inScenario("faults").whenScenarioStateIs("reset")
                .willSetStateTo("503").willReturn(aResponse().withStatus(503)));
        wm.stubFor(get(urlPathEqualTo("/lp")).inScenario("faults").whenScenarioStateIs("503")
                .willSetStateTo("garbage").willReturn(okJson("<html>")));
        wm.stubFor(get(urlPathEqualTo("/lp")).inScenario("faults").whenScenarioStateIs("garbage")
                .willReturn(batch("2", "lp-1")));

        source().run(until("lp-1"));

        assertThat(delivered).containsExactly("lp-1");
        assertThat(checks()).containsExactly("k1/1", "k1/1", "k1/1", "k1/1");
        assertThat(listener.retries).extracting(RecordingListener.Retry::method, RecordingListener.Retry::attempt)
                .containsExactly(tuple("a_check", 1), tuple("a_check", 2), tuple("a_check", 3));
        assertThat(listener.retries.get(1).reason()).isEqualTo("HTTP 503");
    }

    @Test
    void resumesWhenGetLongPollServerKeepsFailing() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer")).inScenario("servers")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(okJson(fixture("error_10_internal.json"))));
        wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer")).inScenario("servers")
                .whenScenarioStateIs("up").willReturn(okJson("{\"response\":{\"key\":\"k1\",\"server\":\""
                        + wm.baseUrl() + "/lp\",\"ts\":\"1\"}}")));
        check("k1", "1", batch("2", "lp-1"));

        source().run(until("lp-1"));

        assertThat(delivered).containsExactly("lp-1");
        assertThat(calls(wm, "groups.getLongPollServer")).hasSize(2);
    }

    @Test
    void anAuthorizationErrorEndsRun() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer"))
                .willReturn(okJson(fixture("error_5_auth_failed.json"))));

        VkApiException error = thrown(VkApiException.class, () -> source().run(until("never")));

        assertThat(error.errorCode()).isEqualTo(5);
        assertThat(error.method()).isEqualTo("groups.getLongPollServer");
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(checks()).isEmpty();
    }

    @Test
    void stopCancelsTheRequestInFlightPromptly() throws InterruptedException {
        servers("k1/1");
        check("k1", "1", batch("2", "lp-1").withFixedDelay(8_000));
        UpdateSource poll = source();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                poll.run(until("never"));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        runner.start();
        while (checks().isEmpty()) {
            Thread.sleep(5);
        }

        long start = System.nanoTime();
        poll.stop();
        runner.join(2_000);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(runner.isAlive()).isFalse();
        assertThat(tookMillis).isLessThan(1_000);
        assertThat(failure.get()).isNull();
        assertThat(delivered).isEmpty();
        assertThat(listener.retries).isEmpty();
    }

    @Test
    void stopDuringABatchReturnsAfterTheUpdateBeingHandedOver() {
        servers("k1/1");
        check("k1", "1", batch("2", "lp-1", "lp-2"));

        source().run(until("lp-1"));

        assertThat(delivered).containsExactly("lp-1");
        assertThat(checks()).containsExactly("k1/1");
    }

    @Test
    void waitIsConfigurable() {
        servers("k1/1");
        wm.stubFor(get(urlPathEqualTo("/lp")).withQueryParam("wait", equalTo("90")).willReturn(batch("2", "lp-1")));
        source = platform(wm).groupId(GROUP).build().longPoll(90);

        source.run(until("lp-1"));

        assertThat(delivered).containsExactly("lp-1");
    }

    @Test
    void runsOnce() {
        servers("k1/1");
        check("k1", "1", batch("2", "lp-1"));
        UpdateSource poll = source();
        poll.run(until("lp-1"));

        IllegalStateException error = thrown(IllegalStateException.class, () -> poll.run(update -> { }));

        assertThat(error).hasMessageContaining("already run");
    }

    @Test
    void needsAGroupIdAndASaneWait() {
        VkPlatform noGroup = platform(wm).build();

        assertThat(thrown(IllegalStateException.class, noGroup::longPoll)).hasMessageContaining("groupId");
        assertThat(thrown(IllegalArgumentException.class, () -> platform(wm).groupId(GROUP).build().longPoll(91)))
                .hasMessageContaining("1..90");
        assertThat(thrown(IllegalArgumentException.class, () -> platform(wm).groupId(GROUP).build().longPoll(0)))
                .hasMessageContaining("1..90");
        assertThat(source().toString()).contains("groupId=218375169").doesNotContain(VkTestSupport.TOKEN);
        assertThat(source().platform()).isEqualTo(PlatformId.VK);
    }
}
