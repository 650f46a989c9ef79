package dev.switchboard.testkit;

import static dev.switchboard.testkit.RawTelegram.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake refuses what Telegram's servers refuse: markup over their MTProto size limit, even when
 * its JSON is under 10 240 bytes; the reports' keyboards are the fixtures under
 * {@code telegram/markup-size/} (docs/validation.md, last section).
 */
class FakeTelegramMarkupSizeTest {
    private FakeTelegram fake;
    private RawTelegram raw;

    @BeforeEach
    void start() {
        fake = FakeTelegram.builder().open();
        raw = new RawTelegram(fake.apiUrl());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"refused-ptb-5104-99-buttons-64-byte-data",
            "refused-tginfo-187-100-buttons-60-char-labels", "refused-boundary-98-buttons-64-byte-data"})
    void refusesTheReportedKeyboardsAsReplyMarkupTooLong(String fixture) throws Exception {
        String markup = fixture(fixture);
        assertThat(markup.strip().getBytes(StandardCharsets.UTF_8).length).isLessThan(10_240);

        RawTelegram.Response response = send(markup);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(sample("error_400_reply_markup_too_long"));
        assertThat(fake.lastMessage(42)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"accepted-tginfo-187-100-buttons-50-char-labels", "accepted-ptb-5104-99-buttons-own-data",
            "accepted-boundary-97-buttons-64-byte-data"})
    void acceptsTheKeyboardsKnownOrModelledToPass(String fixture) throws Exception {
        RawTelegram.Response response = send(fixture(fixture));

        assertThat(response.status()).isEqualTo(200);
        assertThat(fake.lastMessage(42)).isPresent();
    }

    @Test
    void refusesAnEditToTheSameTooLongMarkup() throws Exception {
        long id = send("{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"a\"}]]}").result()
                .get("message_id").asLong();

        RawTelegram.Response response = raw.call("editMessageReplyMarkup", "{\"chat_id\":42,\"message_id\":" + id
                + ",\"reply_markup\":" + fixture("refused-ptb-5104-99-buttons-64-byte-data") + "}");

        assertThat(response.json()).isEqualTo(sample("error_400_reply_markup_too_long"));
    }

    @Test
    void countsStylesAsTelegramsServersDo() throws Exception {
        // 97 buttons with 64-byte data are 7 928 bytes; a style adds 8 bytes per button on the wire,
        // so 20 styled buttons make 8 088, while their JSON stays under 10 240 bytes.
        String plain = fixture("accepted-boundary-97-buttons-64-byte-data");
        String styled = plain;
        for (int i = 0; i < 20; i++) {
            styled = styled.replaceFirst("(\"callback_data\":\"[^\"]*)\"}", "$1\",\"style\":\"success\"}");
        }

        assertThat(styled.strip().getBytes(StandardCharsets.UTF_8).length).isLessThan(10_240);
        assertThat(send(plain).status()).isEqualTo(200);
        assertThat(send(styled).json()).isEqualTo(sample("error_400_reply_markup_too_long"));
    }

    private RawTelegram.Response send(String markup) throws Exception {
        return raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"hi\",\"reply_markup\":" + markup + "}");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FakeTelegramMarkupSizeTest.class.getResourceAsStream("/telegram/markup-size/" + name
                + ".json")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
