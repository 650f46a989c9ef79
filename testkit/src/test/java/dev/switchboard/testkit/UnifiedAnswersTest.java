package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers to presses read back as the neutral PressAnswer on both platforms, with who pressed where. */
class UnifiedAnswersTest {
    @Test
    void telegramAnswersReadBackAsAlertToastLinkAndNoneWithCacheTime() throws Exception {
        try (FakeTelegram fake = FakeTelegram.open()) {
            RawTelegram raw = new RawTelegram(fake.apiUrl());
            long id = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"Pick\",\"reply_markup\":"
                    + RawTelegram.inlineMarkup("a") + "}").result().get("message_id").asLong();
            for (JsonNode body : RawVk.fixtureJson("telegram/answer_callback_query_bodies.json")) {
                String query = fake.pressButton(42, id, "a");
                ObjectNode answer = ((ObjectNode) body.deepCopy()).put("callback_query_id", query);
                assertThat(raw.call("answerCallbackQuery", answer.toString()).status()).isEqualTo(200);
            }

            assertThat(fake.answers()).extracting(AnsweredPress::answer).containsExactly(
                    PressAnswer.alert("Out of stock"),
                    PressAnswer.toast("Saved").withCacheTime(Duration.ofSeconds(30)),
                    PressAnswer.openLink("https://t.me/fake_switchboard_bot?start=promo"),
                    PressAnswer.none());
            assertThat(fake.answers()).allSatisfy(a -> {
                assertThat(a.platform()).isEqualTo(PlatformId.TELEGRAM);
                assertThat(a.userId()).isEqualTo(42);
                assertThat(a.chatId()).isEqualTo(42);
            });
        }
    }

    @Test
    void vkAnswersReadBackAsToastLinkAppAndNone() throws Exception {
        try (FakeVk vk = FakeVk.open()) {
            RawVk raw = new RawVk(vk.apiUrl());
            int n = 0;
            for (JsonNode fixture : RawVk.fixtureJson("vk/event_data_answers.json")) {
                Map<String, String> params = new HashMap<>(Map.of("event_id", "e" + n++, "user_id", "7", "peer_id", "8"));
                if (fixture.has("event_data")) {
                    params.put("event_data", fixture.get("event_data").asText());
                }
                assertThat(raw.call("messages.sendMessageEventAnswer", params).path("response").asInt()).isEqualTo(1);
            }

            assertThat(vk.answers()).extracting(AnsweredPress::answer).containsExactly(
                    PressAnswer.toast("Saved"),
                    PressAnswer.openLink("https://example.com/"),
                    PressAnswer.openApp(6232540, -1, "shop"),
                    PressAnswer.none());
            assertThat(vk.answers()).allSatisfy(a -> {
                assertThat(a.platform()).isEqualTo(PlatformId.VK);
                assertThat(a.userId()).isEqualTo(7);
                assertThat(a.chatId()).isEqualTo(8);
            });
        }
    }

    @Test
    void vkEventDataOfAnUnknownTypeIsError100() throws Exception {
        try (FakeVk vk = FakeVk.open()) {
            JsonNode answer = new RawVk(vk.apiUrl()).call("messages.sendMessageEventAnswer", Map.of("event_id", "e",
                    "user_id", "7", "peer_id", "7", "event_data", "{\"type\":\"confetti\"}"));
            assertThat(answer.path("error").path("error_code").asInt()).isEqualTo(100);
            assertThat(vk.answers()).isEmpty();
        }
    }
}
