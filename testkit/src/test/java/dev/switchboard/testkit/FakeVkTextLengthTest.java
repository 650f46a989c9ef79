package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.bot.MessageText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VK takes message texts of 1–9000 UTF-16 units, the adapter's own limit, from any client. */
class FakeVkTextLengthTest {
    private static final int MAX = MessageText.VK.max();

    private final FakeVk vk = FakeVk.open();
    private final RawVk raw = new RawVk(vk.apiUrl());

    @AfterEach
    void close() {
        vk.close();
    }

    private JsonNode send(String text) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_id", "7");
        params.put("random_id", "0");
        params.put("message", text);
        return raw.call("messages.send", params);
    }

    private JsonNode edit(String text) throws Exception {
        return raw.call("messages.edit", Map.of("peer_id", "7", "conversation_message_id", "1", "message", text));
    }

    @Test
    void sendOver9000CharactersIsError914WithTheRealBody() throws Exception {
        String text = "x".repeat(MAX + 1);

        assertThat(send(text)).isEqualTo(expected914(text));
        assertThat(vk.messages(7)).isEmpty();
    }

    @Test
    void sendAnEmptyMessageWithoutAttachmentIsError100SayingSo() throws Exception {
        assertThat(send("")).isEqualTo(RawVk.fixtureJson("vk/error_100_message_empty.json"));
        assertThat(raw.call("messages.send", Map.of("peer_id", "7")).path("error").path("error_msg").asText())
                .isEqualTo("One of the parameters specified was missing or invalid: message is empty or invalid");
        assertThat(vk.messages(7)).isEmpty();
    }

    @Test
    void sendAnEmptyMessageWithAnAttachmentIsAccepted() throws Exception {
        JsonNode answer = raw.call("messages.send", Map.of("peer_id", "7", "attachment", "photo-1_456239017"));

        assertThat(answer.has("response")).as(answer.toString()).isTrue();
    }

    @Test
    void send9000CharactersIsAcceptedCountedInUtf16Units() throws Exception {
        assertThat(send("x".repeat(MAX)).has("response")).isTrue();
        assertThat(send("😀".repeat(MAX / 2)).has("response")).isTrue();
        assertThat(send("😀".repeat(MAX / 2) + "x").path("error").path("error_code").asInt()).isEqualTo(914);
        assertThat(vk.messages(7)).extracting(message -> message.text().length()).containsExactly(MAX, MAX);
    }

    @Test
    void editToAnEmptyOrTooLongTextIsRefusedAnd9000CharactersAreAccepted() throws Exception {
        send("before");

        JsonNode tooLong = edit("x".repeat(MAX + 1)).path("error");
        JsonNode empty = edit("").path("error");

        assertThat(tooLong.path("error_code").asInt()).isEqualTo(914);
        assertThat(tooLong.path("error_msg").asText()).isEqualTo("Message is too long");
        assertThat(tooLong.path("request_params").get(0).path("value").asText()).isEqualTo("messages.edit");
        assertThat(empty.path("error_code").asInt()).isEqualTo(100);
        assertThat(empty.path("error_msg").asText())
                .isEqualTo("One of the parameters specified was missing or invalid: message is empty or invalid");
        assertThat(vk.messages(7)).singleElement().extracting(SentMessage::text).isEqualTo("before");
        assertThat(edit("x".repeat(MAX)).path("response").asInt()).isEqualTo(1);
        assertThat(vk.messages(7)).singleElement().satisfies(m -> assertThat(m.text()).hasSize(MAX));
    }

    @Test
    void refusedTextsCountAsRefusedSends() throws Exception {
        send("before");
        send("");
        send("x".repeat(MAX + 1));
        edit("");

        assertThat(vk.stats()).isEqualTo(new FakeStats(0, 0, 0, 0, 1, 0, 3));
    }

    /** The 914 fixture with its placeholder replaced by the text sent, which VK echoes in request_params. */
    private static JsonNode expected914(String text) throws Exception {
        return RawVk.MAPPER.readTree(RawVk.fixture("vk/error_914_message_too_long.json")
                .replace("MESSAGE_OF_9001_CHARACTERS", text));
    }
}
