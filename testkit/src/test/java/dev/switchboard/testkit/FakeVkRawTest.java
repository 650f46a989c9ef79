package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FakeVk driven by a "buggy client": raw java.net.http requests that skip all validation. */
class FakeVkRawTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INLINE_ONE = "{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"callback\","
            + "\"label\":\"Yes\",\"payload\":\"{\\\"p\\\":\\\"yes\\\"}\"}}]]}";

    /** The rate limit's clock: it stands still, so each test may make at most 20 API requests unless it moves it. */
    private final AtomicLong clock = new AtomicLong();
    private final FakeVk vk = FakeVk.builder().nanoTime(clock::get).open();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        vk.close();
    }

    @Test
    void missingTokenIsError5WithTheRealText() throws Exception {
        JsonNode error = call("messages.send", Map.of("peer_ids", "7", "message", "hi")).path("error");
        assertThat(error.path("error_code").asInt()).isEqualTo(5);
        assertThat(error.path("error_msg").asText()).isEqualTo("User authorization failed: invalid access_token (4).");
        assertThat(error.path("request_params").get(0).path("value").asText()).isEqualTo("messages.send");
    }

    @Test
    void sendIdsIncreasePerPeerAndStateKeepsTextAndKeyboard() throws Exception {
        JsonNode first = send(Map.of("peer_ids", "7", "message", "one", "keyboard", INLINE_ONE));
        JsonNode second = send(Map.of("peer_ids", "7", "message", "two"));
        JsonNode other = send(Map.of("peer_ids", "8", "message", "x"));

        assertThat(first.path("response").get(0).path("conversation_message_id").asLong()).isEqualTo(1);
        assertThat(second.path("response").get(0).path("conversation_message_id").asLong()).isEqualTo(2);
        assertThat(other.path("response").get(0).path("conversation_message_id").asLong()).isEqualTo(1);
        assertThat(other.path("response").get(0).path("message_id").asLong())
                .isGreaterThan(second.path("response").get(0).path("message_id").asLong());
        assertThat(vk.messages(7)).extracting(SentMessage::text).containsExactly("one", "two");
        assertThat(vk.messages(7).get(0).markup().orElseThrow().path("buttons").get(0).get(0)
                .path("action").path("label").asText()).isEqualTo("Yes");
        assertThat(vk.messages(7).get(1).keyboard()).isEmpty();
    }

    @Test
    void sendWithPeerIdOnlyAnswersTheMessageId() throws Exception {
        assertThat(send(Map.of("peer_id", "7", "message", "one")).path("response").isNumber()).isTrue();
    }

    @Test
    void sendSameRandomIdFromTheSameSenderReturnsTheSameMessage() throws Exception {
        JsonNode first = send(Map.of("peer_ids", "7", "message", "one", "random_id", "42"));
        JsonNode again = send(Map.of("peer_ids", "7", "message", "one", "random_id", "42"));
        JsonNode otherSender = call("messages.send", Map.of("peer_ids", "7", "message", "one", "random_id", "42",
                "access_token", "other-token", "v", "5.199"));

        assertThat(again.path("response")).isEqualTo(first.path("response"));
        assertThat(otherSender.path("response").get(0).path("conversation_message_id").asLong()).isEqualTo(2);
        assertThat(vk.messages(7)).hasSize(2);
    }

    @Test
    void invalidKeyboardsAreError911WithTheRealText() throws Exception {
        String label41 = "x".repeat(41);
        String payload256 = "\"" + "p".repeat(254) + "\"";
        for (String keyboard : new String[] {
                "{not json",
                "[]",
                "{\"inline\":true}",
                "{\"inline\":true,\"buttons\":[" + "[{\"action\":{\"type\":\"text\",\"label\":\"a\"}}],".repeat(6)
                        + "[{\"action\":{\"type\":\"text\",\"label\":\"a\"}}]]}",
                "{\"inline\":true,\"buttons\":[[" + "{\"action\":{\"type\":\"text\",\"label\":\"a\"}},".repeat(5)
                        + "{\"action\":{\"type\":\"text\",\"label\":\"a\"}}]]}",
                "{\"inline\":true,\"buttons\":[" + "[{\"action\":{\"type\":\"text\",\"label\":\"a\"}},{\"action\":{\"type\":\"text\",\"label\":\"a\"}}],".repeat(5)
                        + "[{\"action\":{\"type\":\"text\",\"label\":\"a\"}}]]}",
                "{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"text\",\"label\":\"" + label41 + "\"}}]]}",
                "{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"callback\",\"label\":\"a\",\"payload\":"
                        + JSON.writeValueAsString(payload256) + "}}]]}",
                "{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"teleport\",\"label\":\"a\"}}]]}"}) {
            JsonNode error = send(Map.of("peer_ids", "7", "message", "x", "keyboard", keyboard)).path("error");
            assertThat(error.path("error_code").asInt()).as(keyboard).isEqualTo(911);
            assertThat(error.path("error_msg").asText()).isEqualTo("Keyboard format is invalid");
        }
        assertThat(vk.messages(7)).isEmpty();
    }

    @Test
    void keyboardAtTheLimitsIsAccepted() throws Exception {
        String label40 = "x".repeat(40);
        String row = "[" + ("{\"action\":{\"type\":\"text\",\"label\":\"" + label40 + "\"}},").repeat(4)
                + "{\"action\":{\"type\":\"text\",\"label\":\"" + label40 + "\"}}]";
        String keyboard = "{\"inline\":true,\"buttons\":[" + row + "," + row + "]}";
        assertThat(send(Map.of("peer_ids", "7", "message", "x", "keyboard", keyboard)).has("response")).isTrue();
    }

    @Test
    void editChangesStoredTextAndKeyboardAndChecksTheKeyboard() throws Exception {
        send(Map.of("peer_ids", "7", "message", "one", "keyboard", INLINE_ONE));

        JsonNode bad = send("messages.edit", Map.of("peer_id", "7", "conversation_message_id", "1", "message", "two",
                "keyboard", "{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"nope\"}}]]}"));
        JsonNode ok = send("messages.edit", Map.of("peer_id", "7", "conversation_message_id", "1", "message", "two"));
        JsonNode missing = send("messages.edit", Map.of("peer_id", "7", "conversation_message_id", "9",
                "message", "two"));

        assertThat(bad.path("error").path("error_code").asInt()).isEqualTo(911);
        assertThat(ok.path("response").asInt()).isEqualTo(1);
        assertThat(missing.path("error").path("error_code").asInt()).isEqualTo(100);
        assertThat(vk.messages(7)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("two");
            assertThat(m.keyboard()).isEmpty();
        });
    }

    @Test
    void sendAfterMessageDenyIsError901UntilMessageAllow() throws Exception {
        vk.userDenies(7);
        JsonNode error = send(Map.of("peer_ids", "7", "message", "x")).path("error");
        assertThat(error.path("error_code").asInt()).isEqualTo(901);
        assertThat(error.path("error_msg").asText()).isEqualTo("Can't send messages for users without permission");

        vk.userAllows(7);
        assertThat(send(Map.of("peer_ids", "7", "message", "x")).has("response")).isTrue();
        assertThat(vk.pendingUpdates()).extracting(u -> u.path("type").asText())
                .containsExactly("message_deny", "message_allow");
    }

    @Test
    void overTheRequestsPerSecondLimitIsError6() throws Exception {
        vk.requestsPerSecond(3);
        for (int i = 0; i < 3; i++) {
            assertThat(send(Map.of("peer_ids", "7", "message", "x")).has("response")).isTrue();
        }
        JsonNode error = send(Map.of("peer_ids", "7", "message", "x")).path("error");
        assertThat(error.path("error_code").asInt()).isEqualTo(6);
        assertThat(error.path("error_msg").asText()).isEqualTo("Too many requests per second");
        assertThat(vk.messages(7)).hasSize(3);

        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(send(Map.of("peer_ids", "7", "message", "x")).has("response")).isTrue();
    }

    @Test
    void sendMessageEventAnswerIsRecorded() throws Exception {
        JsonNode ok = send("messages.sendMessageEventAnswer", Map.of("event_id", "e1", "user_id", "7", "peer_id", "7",
                "event_data", "{\"type\":\"show_snackbar\",\"text\":\"hi\"}"));
        assertThat(ok.path("response").asInt()).isEqualTo(1);
        assertThat(vk.answers()).containsExactly(new AnsweredPress(PlatformId.VK, "e1", 7, 7, PressAnswer.toast("hi")));
    }

    @Test
    void longPollTsSemantics() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        String ts = server.path("ts").asText();

        JsonNode empty = check(server, ts, 0);
        assertThat(empty.path("updates")).isEmpty();
        assertThat(empty.path("ts").asText()).isEqualTo(ts);

        vk.userSends(7, "hi");
        JsonNode one = check(server, ts, 0);
        assertThat(one.path("updates")).hasSize(1);
        assertThat(one.path("updates").get(0).path("object").path("message").path("text").asText()).isEqualTo("hi");
        assertThat(vk.pendingUpdates()).hasSize(1);

        JsonNode again = check(server, ts, 0);
        assertThat(again.path("updates")).isEqualTo(one.path("updates"));

        JsonNode after = check(server, one.path("ts").asText(), 0);
        assertThat(after.path("updates")).isEmpty();
        assertThat(vk.pendingUpdates()).isEmpty();
    }

    @Test
    void longPollReturnsEarlyWhenAnUpdateArrives() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        long start = System.nanoTime();
        CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return check(server, server.path("ts").asText(), 20);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(vk.awaitPolling(Duration.ofSeconds(5))).isTrue();
        assertThat(poll).isNotDone();
        vk.userSends(7, "wake up");
        JsonNode answer = poll.get(10, TimeUnit.SECONDS);
        assertThat(answer.path("updates")).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void longPollFailedCodes() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        String ts = server.path("ts").asText();

        vk.longPollFailNext(1);
        JsonNode failed1 = check(server, ts, 0);
        assertThat(failed1.path("failed").asInt()).isEqualTo(1);
        assertThat(failed1.path("ts").asText()).isEqualTo(ts);

        assertThat(check(server, "999", 0).path("failed").asInt()).isEqualTo(1);

        vk.longPollFailNext(3);
        assertThat(check(server, ts, 0).path("failed").asInt()).isEqualTo(3);
        assertThat(check(server, ts, 0).path("failed").asInt()).as("the old key is dead").isEqualTo(2);

        JsonNode fresh = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        vk.longPollFailNext(2);
        assertThat(check(fresh, ts, 0)).isEqualTo(JSON.readTree("{\"failed\":2}"));
        JsonNode newest = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        assertThat(check(newest, ts, 0).has("updates")).isTrue();
    }

    @Test
    void faultsPlayOnTheNextRequestOnly() throws Exception {
        vk.failNextRequest(Fault.dropConnection());
        assertThatThrownBy(() -> send(Map.of("peer_ids", "7", "message", "x"))).isInstanceOf(IOException.class);

        vk.failNextRequest(Fault.serverError(503));
        assertThat(post("messages.send", Map.of("access_token", "t")).statusCode()).isEqualTo(503);

        vk.failNextRequest(Fault.garbage());
        HttpResponse<String> garbage = post("messages.send", Map.of("access_token", "t"));
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(garbage.body())).isInstanceOf(IOException.class);

        vk.failNextRequest(Fault.delay(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThat(send(Map.of("peer_ids", "7", "message", "late")).has("response")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        assertThat(send(Map.of("peer_ids", "7", "message", "x")).has("response")).isTrue();
        assertThat(vk.messages(7)).extracting(SentMessage::text).containsExactly("late", "x");
    }

    @Test
    void aGarbledReplyComesAfterTheMessageWasSent() throws Exception {
        vk.failNextRequest(Fault.garbledReply());

        HttpResponse<String> garbled = post("messages.send", Map.of("access_token", "t", "peer_ids", "7",
                "message", "sent anyway", "random_id", "0", "v", "5.199"));

        assertThat(garbled.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(garbled.body())).isInstanceOf(IOException.class);
        assertThat(vk.messages(7)).extracting(SentMessage::text).containsExactly("sent anyway");
    }

    @Test
    void aFloodFaultIsError6OnTheApiAndHttp429OnTheLongPoll() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        vk.failNextRequest(Fault.tooManyRequests(Duration.ofSeconds(1)));
        vk.failNextPoll(Fault.tooManyRequests(Duration.ofSeconds(1)));

        assertThat(send(Map.of("peer_ids", "7", "message", "x")).at("/error/error_code").asInt()).isEqualTo(6);
        HttpResponse<String> poll = http.send(HttpRequest.newBuilder(checkUri(server, server.path("ts").asText(), 0))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(poll.statusCode()).isEqualTo(429);
        assertThat(vk.messages(7)).isEmpty();
    }

    @Test
    void aLongPollFailedFaultAnswersThatCodeOnTheLongPollOnly() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        vk.failNextPoll(Fault.longPollFailed(2));

        HttpResponse<String> poll = http.send(HttpRequest.newBuilder(checkUri(server, server.path("ts").asText(), 0))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(poll.body()).path("failed").asInt()).isEqualTo(2);
    }

    @Test
    void pollFaultsDoNotTouchApiRequests() throws Exception {
        JsonNode server = send("groups.getLongPollServer", Map.of("group_id", "1")).path("response");
        vk.failNextPoll(Fault.serverError(502));
        assertThat(send(Map.of("peer_ids", "7", "message", "x")).has("response")).isTrue();
        HttpResponse<String> poll = http.send(HttpRequest.newBuilder(checkUri(server, server.path("ts").asText(), 0))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(poll.statusCode()).isEqualTo(502);
    }

    private JsonNode send(Map<String, String> params) throws Exception {
        return send("messages.send", params);
    }

    private JsonNode send(String method, Map<String, String> params) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("access_token", "vk-test-token");
        all.put("v", "5.199");
        return call(method, all);
    }

    private JsonNode call(String method, Map<String, String> params) throws Exception {
        return JSON.readTree(post(method, params).body());
    }

    private HttpResponse<String> post(String method, Map<String, String> params) throws Exception {
        String form = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(vk.apiUrl().resolve(method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode check(JsonNode server, String ts, int wait) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(checkUri(server, ts, wait)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static URI checkUri(JsonNode server, String ts, int wait) {
        return URI.create(server.path("server").asText() + "?act=a_check&key=" + server.path("key").asText()
                + "&ts=" + ts + "&wait=" + wait);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
