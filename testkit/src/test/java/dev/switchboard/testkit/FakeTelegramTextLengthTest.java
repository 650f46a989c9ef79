package dev.switchboard.testkit;

import static dev.switchboard.testkit.RawTelegram.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.MessageText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Telegram takes message texts of 1–4096 UTF-16 units, the adapter's own limit, from any client. */
class FakeTelegramTextLengthTest {
    private static final int MAX = MessageText.TELEGRAM.max();

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

    private RawTelegram.Response send(String text) throws Exception {
        return raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"" + text + "\"}");
    }

    private RawTelegram.Response edit(long messageId, String text) throws Exception {
        return raw.call("editMessageText", "{\"chat_id\":42,\"message_id\":" + messageId + ",\"text\":\"" + text + "\"}");
    }

    @Test
    void anEmptyOrMissingTextIsMessageTextEmpty() throws Exception {
        RawTelegram.Response empty = send("");
        RawTelegram.Response missing = raw.call("sendMessage", "{\"chat_id\":42}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json()).isEqualTo(sample("error_400_message_text_empty"));
        assertThat(missing.json()).isEqualTo(sample("error_400_message_text_empty"));
        assertThat(fake.messages(42)).isEmpty();
    }

    @Test
    void aTextOver4096CharactersIsMessageTooLong() throws Exception {
        RawTelegram.Response response = send("x".repeat(MAX + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(sample("error_400_message_too_long"));
        assertThat(fake.messages(42)).isEmpty();
    }

    @Test
    void aTextOf4096CharactersIsAcceptedCountedInUtf16Units() throws Exception {
        assertThat(send("x".repeat(MAX)).status()).isEqualTo(200);
        assertThat(send("😀".repeat(MAX / 2)).status()).isEqualTo(200);
        assertThat(send("😀".repeat(MAX / 2) + "x").json()).isEqualTo(sample("error_400_message_too_long"));
        assertThat(fake.messages(42)).extracting(message -> message.text().length()).containsExactly(MAX, MAX);
    }

    @Test
    void anEditToAnEmptyOrTooLongTextIsRefusedAndKeepsTheMessage() throws Exception {
        long id = send("before").result().get("message_id").asLong();

        assertThat(edit(id, "").json()).isEqualTo(sample("error_400_message_text_empty"));
        assertThat(edit(id, "x".repeat(MAX + 1)).json()).isEqualTo(sample("error_400_message_too_long"));
        assertThat(fake.lastMessage(42).orElseThrow().text()).isEqualTo("before");
        assertThat(edit(id, "x".repeat(MAX)).status()).isEqualTo(200);
        assertThat(fake.lastMessage(42).orElseThrow().text()).hasSize(MAX);
    }

    @Test
    void theTextIsCheckedBeforeTheChatSoABlockedUserDoesNotHideIt() throws Exception {
        fake.block(42);

        assertThat(send("").json()).isEqualTo(sample("error_400_message_text_empty"));
        assertThat(send("hi").status()).isEqualTo(403);
    }

    @Test
    void refusedTextsCountAsRefusedSends() throws Exception {
        long id = send("before").result().get("message_id").asLong();
        send("");
        send("x".repeat(MAX + 1));
        edit(id, "");

        assertThat(fake.stats()).isEqualTo(new FakeStats(0, 0, 0, 0, 1, 0, 3));
    }
}
