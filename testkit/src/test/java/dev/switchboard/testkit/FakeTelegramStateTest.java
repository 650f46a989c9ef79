package dev.switchboard.testkit;

import static dev.switchboard.testkit.RawTelegram.inlineMarkup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ids, edits, pending updates and offsets, long polls, webhook push and fault injection, over raw HTTP. */
class FakeTelegramStateTest {
    private FakeTelegram fake;
    private RawTelegram raw;

    @BeforeEach
    void start() {
        fake = FakeTelegram.open();
        raw = new RawTelegram(fake.apiUrl());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private long send(long chat, String text) throws Exception {
        return raw.call("sendMessage", "{\"chat_id\":" + chat + ",\"text\":\"" + text + "\",\"reply_markup\":"
                + inlineMarkup("a") + "}").result().get("message_id").asLong();
    }

    @Test
    void messageIdsIncreasePerChatAcrossUserAndBotMessages() throws Exception {
        fake.userSends(42, "/start");

        assertThat(send(42, "one")).isEqualTo(2);
        assertThat(send(42, "two")).isEqualTo(3);
        assertThat(send(7, "other")).isEqualTo(1);
        assertThat(fake.messages(42)).extracting(SentMessage::text).containsExactly("one", "two");
    }

    @Test
    void editsChangeTheStoredTextAndKeyboard() throws Exception {
        long id = send(42, "before");

        raw.call("editMessageText", "{\"chat_id\":42,\"message_id\":" + id + ",\"text\":\"after\",\"reply_markup\":"
                + inlineMarkup("b") + "}");
        assertThat(fake.lastMessage(42).orElseThrow().text()).isEqualTo("after");
        assertThat(fake.lastMessage(42).orElseThrow().markup().orElseThrow().at("/inline_keyboard/0/0/callback_data")
                .asText()).isEqualTo("b");

        raw.call("editMessageReplyMarkup", "{\"chat_id\":42,\"message_id\":" + id
                + ",\"reply_markup\":{\"inline_keyboard\":[]}}");
        assertThat(fake.lastMessage(42).orElseThrow().markup()).isEmpty();
        assertThat(fake.lastMessage(42).orElseThrow().text()).isEqualTo("after");
        assertThat(raw.call("editMessageText", "{\"chat_id\":42,\"message_id\":99,\"text\":\"x\"}").json()
                .get("description").asText()).isEqualTo("Bad Request: message to edit not found");
    }

    @Test
    void getUpdatesHonoursLimitAndOffsetConfirmsEarlierUpdates() throws Exception {
        long first = fake.userSends(42, "a");
        long second = fake.userSends(42, "b");
        fake.userSends(42, "c");

        JsonNode two = raw.call("getUpdates", "{\"limit\":2,\"timeout\":0}").result();
        assertThat(two).hasSize(2);
        assertThat(two.get(0).get("update_id").asLong()).isEqualTo(first);
        assertThat(two.get(0).at("/message/text").asText()).isEqualTo("a");
        assertThat(fake.pendingUpdates()).hasSize(3);

        JsonNode rest = raw.call("getUpdates", "{\"offset\":" + (second) + ",\"timeout\":0}").result();
        assertThat(rest).extracting(node -> node.at("/message/text").asText()).containsExactly("b", "c");
        assertThat(fake.pendingUpdates()).hasSize(2);

        JsonNode last = raw.call("getUpdates", "{\"offset\":-1,\"timeout\":0}").result();
        assertThat(last).extracting(node -> node.at("/message/text").asText()).containsExactly("c");
        assertThat(fake.pendingUpdates()).hasSize(1);
    }

    @Test
    void longPollReturnsEarlyWhenAnUpdateArrives() throws Exception {
        CompletableFuture<RawTelegram.Response> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return raw.call("getUpdates", "{\"timeout\":20}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fake.userSends(42, "wake up");

        JsonNode updates = poll.get(5, TimeUnit.SECONDS).result();
        assertThat(updates).extracting(node -> node.at("/message/text").asText()).containsExactly("wake up");
    }

    @Test
    void longPollWaitsForItsTimeoutWhenNothingArrives() throws Exception {
        long started = System.nanoTime();

        JsonNode updates = raw.call("getUpdates", "{\"timeout\":1}").result();

        assertThat(updates).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void webhookReceivesUpdatesWithTheSecretHeader() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token") + " "
                    + new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hook.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");
            raw.call("setWebhook", "{\"url\":\"" + url + "\",\"secret_token\":\"s3cret\"}");
            fake.userSends(42, "pushed");

            String delivery = received.poll(5, TimeUnit.SECONDS);
            assertThat(delivery).startsWith("s3cret {").contains("\"text\":\"pushed\"");
            assertThat(fake.webhookUrl()).contains(url);
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void pressOnAMissingButtonIsRefusedByTheHook() throws Exception {
        long id = send(42, "x");

        assertThatThrownBy(() -> fake.pressButton(42, id, "zzz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zzz");
    }

    @Test
    void faultsApplyToTheNextRequestsInOrder() throws Exception {
        fake.failNextRequest(Fault.serverError(502));
        fake.failNextRequest(Fault.garbage());
        fake.failNextRequest(Fault.dropConnection());
        fake.failNextRequest(Fault.delay(Duration.ofMillis(200)));

        assertThat(raw.call("getMe", "{}").status()).isEqualTo(502);
        RawTelegram.Response garbage = raw.call("getMe", "{}");
        assertThat(garbage.status()).isEqualTo(200);
        assertThatThrownBy(garbage::json).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> raw.call("getMe", "{}")).isInstanceOf(IOException.class);
        long started = System.nanoTime();
        assertThat(raw.call("getMe", "{}").result().get("id").asLong()).isEqualTo(123);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(raw.call("getMe", "{}").status()).isEqualTo(200);
    }

    @Test
    void aGarbledReplyComesAfterTheWorkWasDone() throws Exception {
        fake.failNextRequest(Fault.garbledReply());

        RawTelegram.Response garbled = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"sent anyway\"}");

        assertThat(garbled.status()).isEqualTo(200);
        assertThatThrownBy(garbled::json).isInstanceOf(RuntimeException.class);
        assertThat(fake.lastMessage(42).orElseThrow().text()).isEqualTo("sent anyway");
    }

    @Test
    void aFloodFaultAnswers429WithRetryAfterAndDoesNoWork() throws Exception {
        fake.failNextRequest(Fault.tooManyRequests(Duration.ofSeconds(3)));

        RawTelegram.Response flood = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"not sent\"}");

        assertThat(flood.status()).isEqualTo(429);
        assertThat(flood.json().get("description").asText()).isEqualTo("Too Many Requests: retry after 3");
        assertThat(flood.json().at("/parameters/retry_after").asInt()).isEqualTo(3);
        assertThat(fake.lastMessage(42)).isEmpty();
    }

    @Test
    void randomFaultsHitTheirShareOfRequestsAndRepeatWithTheSameSeed() throws Exception {
        List<Integer> first = statuses(RandomFaults.of(5, 0.3, Fault.serverError(502)));
        List<Integer> second = statuses(RandomFaults.of(5, 0.3, Fault.serverError(502)));

        assertThat(first).isEqualTo(second);
        assertThat(first).filteredOn(status -> status == 502).hasSizeBetween(10, 50);
        assertThat(fake.randomFaults().played()).containsEntry(Fault.Kind.SERVER_ERROR, (long) first.stream()
                .filter(status -> status == 502).count() * 2);
        assertThat(fake.randomFaults().requests()).isEqualTo(200);
        fake.injectRandomFaults(RandomFaults.NONE);
        assertThat(raw.call("getMe", "{}").status()).isEqualTo(200);
    }

    private List<Integer> statuses(RandomFaults faults) throws Exception {
        fake.injectRandomFaults(faults);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            statuses.add(raw.call("getMe", "{}").status());
        }
        return statuses;
    }

    @Test
    void pollFaultsHitOnlyGetUpdatesAndRequestFaultsSkipIt() throws Exception {
        fake.failNextPoll(Fault.serverError(502));
        fake.failNextRequest(Fault.serverError(503));

        assertThat(raw.call("getMe", "{}").status()).isEqualTo(503);
        assertThat(raw.call("getMe", "{}").status()).isEqualTo(200);
        assertThat(raw.call("getUpdates", "{\"timeout\":0}").status()).isEqualTo(502);
        assertThat(raw.call("getUpdates", "{\"timeout\":0}").status()).isEqualTo(200);
    }

    @Test
    void rawUpdatesAndBlockUnblockAreQueuedInOrder() throws Exception {
        fake.enqueue((com.fasterxml.jackson.databind.node.ObjectNode) RawTelegram.MAPPER.readTree(
                "{\"message\":{\"message_id\":5,\"chat\":{\"id\":9,\"type\":\"private\"},\"text\":\"raw\"}}"));
        fake.block(42);
        fake.unblock(42);

        JsonNode updates = raw.call("getUpdates", "{\"timeout\":0}").result();

        assertThat(updates).hasSize(3);
        assertThat(updates.get(0).at("/message/text").asText()).isEqualTo("raw");
        assertThat(updates.get(1).at("/my_chat_member/new_chat_member/status").asText()).isEqualTo("kicked");
        assertThat(updates.get(1).at("/my_chat_member/old_chat_member/status").asText()).isEqualTo("member");
        assertThat(updates.get(2).at("/my_chat_member/new_chat_member/status").asText()).isEqualTo("member");
        assertThat(updates.get(2).at("/my_chat_member/chat/id").asLong()).isEqualTo(42);
    }
}
