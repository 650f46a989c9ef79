package dev.switchboard.testkit;

import static dev.switchboard.testkit.RawTelegram.inlineMarkup;
import static dev.switchboard.testkit.RawTelegram.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real error bodies, provoked by a client that validates nothing. */
class FakeTelegramRulesTest {
    private final MutableClock clock = new MutableClock();
    private FakeTelegram fake;
    private RawTelegram raw;

    @BeforeEach
    void start() {
        fake = FakeTelegram.builder().clock(clock).perChatPerSecond(3).open();
        raw = new RawTelegram(fake.apiUrl());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private RawTelegram.Response send(String markup) throws Exception {
        return raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"hi\",\"reply_markup\":" + markup + "}");
    }

    @Test
    void callbackDataOver64BytesIsButtonDataInvalid() throws Exception {
        RawTelegram.Response response = send(inlineMarkup("é".repeat(33)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(sample("error_400_button_data_invalid"));
    }

    @Test
    void callbackDataOf64BytesIsAccepted() throws Exception {
        assertThat(send(inlineMarkup("é".repeat(32))).status()).isEqualTo(200);
    }

    @Test
    void emptyCallbackDataIsButtonDataInvalid() throws Exception {
        assertThat(send(inlineMarkup("")).json()).isEqualTo(sample("error_400_button_data_invalid"));
    }

    @Test
    void moreButtonsThanTheRulesAllowIsReplyMarkupTooLong() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            rows.append(i == 0 ? "" : ",").append("[{\"text\":\"b\",\"callback_data\":\"").append(i).append("\"}]");
        }

        RawTelegram.Response response = send("{\"inline_keyboard\":[" + rows + "]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("description").asText()).isEqualTo("Bad Request: reply markup is too long");
    }

    @Test
    void aRowOver12ButtonsIsCutSilentlyAsTheServerDoes() throws Exception {
        RawTelegram.Response response = send(inlineMarkup("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
                "12", "13"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.result().at("/reply_markup/inline_keyboard/0")).hasSize(12);
        assertThat(fake.lastMessage(42).orElseThrow().markup().orElseThrow().at("/inline_keyboard/0")).hasSize(12);
    }

    @Test
    void markupOver10240BytesIsReplyMarkupTooLong() throws Exception {
        String markup = "{\"inline_keyboard\":[[{\"text\":\"" + "x".repeat(10_300) + "\",\"callback_data\":\"a\"}]]}";

        assertThat(send(markup).json().get("description").asText()).isEqualTo("Bad Request: reply markup is too long");
    }

    @Test
    void editToIdenticalContentIsNotModified() throws Exception {
        long id = send(inlineMarkup("a")).result().get("message_id").asLong();

        RawTelegram.Response text = raw.call("editMessageText", "{\"chat_id\":42,\"message_id\":" + id
                + ",\"text\":\"hi\",\"reply_markup\":" + inlineMarkup("a") + "}");
        RawTelegram.Response markup = raw.call("editMessageReplyMarkup", "{\"chat_id\":42,\"message_id\":" + id
                + ",\"reply_markup\":" + inlineMarkup("a") + "}");

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json()).isEqualTo(sample("error_400_not_modified"));
        assertThat(markup.json()).isEqualTo(sample("error_400_not_modified"));
    }

    @Test
    void unknownSecondAndLateAnswersAreQueryTooOld() throws Exception {
        long id = send(inlineMarkup("a", "b")).result().get("message_id").asLong();
        String first = fake.pressButton(42, id, "a");
        String second = fake.pressButton(42, id, "b");

        assertThat(raw.call("answerCallbackQuery", "{\"callback_query_id\":\"nope\"}").json())
                .isEqualTo(sample("error_400_query_too_old"));
        assertThat(raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + first + "\"}").status())
                .isEqualTo(200);
        assertThat(raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + first + "\"}").json())
                .isEqualTo(sample("error_400_query_too_old"));
        clock.advance(FakeTelegram.DEFAULT_ANSWER_WINDOW.plusMillis(1));
        RawTelegram.Response late = raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + second + "\"}");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json()).isEqualTo(sample("error_400_query_too_old"));
        assertThat(fake.answers()).extracting(AnsweredPress::pressId).containsExactly(first);
    }

    @Test
    void sendToUserWhoBlockedTheBotIsForbidden() throws Exception {
        fake.block(42);

        RawTelegram.Response response = send(inlineMarkup("a"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(sample("error_403_blocked"));
        fake.unblock(42);
        assertThat(send(inlineMarkup("a")).status()).isEqualTo(200);
    }

    @Test
    void perChatRateLimitAnswers429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(inlineMarkup("a")).status()).isEqualTo(200);
        }
        assertThat(raw.call("sendMessage", "{\"chat_id\":7,\"text\":\"other chat\"}").status()).isEqualTo(200);

        RawTelegram.Response limited = send(inlineMarkup("a"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error_code").asInt()).isEqualTo(429);
        assertThat(limited.json().get("description").asText()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(limited.json().at("/parameters/retry_after").asInt()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(send(inlineMarkup("a")).status()).isEqualTo(200);
    }

    @Test
    void getUpdatesWhileAWebhookIsSetIsConflict() throws Exception {
        raw.call("setWebhook", "{\"url\":\"http://127.0.0.1:1/hook\",\"secret_token\":\"s\"}");

        RawTelegram.Response response = raw.call("getUpdates", "{\"timeout\":0}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("description").asText()).isEqualTo("Conflict: can't use getUpdates method"
                + " while webhook is active; use deleteWebhook to delete the webhook first");
        raw.call("deleteWebhook", "{}");
        assertThat(raw.call("getUpdates", "{\"timeout\":0}").status()).isEqualTo(200);
    }

    @Test
    void aSecondPollerTerminatesTheWaitingOneWithConflict() throws Exception {
        java.util.concurrent.CompletableFuture<RawTelegram.Response> first =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return raw.call("getUpdates", "{\"timeout\":20}");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        RawTelegram.Response terminated = null;
        for (int i = 0; i < 50 && terminated == null; i++) {
            raw.call("getUpdates", "{\"timeout\":0}");
            try {
                terminated = first.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillWaiting) {
                // the first poll had not arrived yet; poll again
            }
        }

        assertThat(terminated).isNotNull();
        assertThat(terminated.status()).isEqualTo(409);
        assertThat(terminated.json()).isEqualTo(sample("error_409_conflict"));
    }

    @Test
    void aPathWithoutAWellFormedTokenIsUnauthorized() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(fake.apiUrl() + "/botnope/getMe"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RawTelegram.MAPPER.readTree(response.body()).get("description").asText()).isEqualTo("Unauthorized");
    }
}
