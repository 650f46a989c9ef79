package dev.switchboard.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.vk.VkPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake VK API keeps the same books as the fake Bot API: a press answered with its snackbar in
 * its peer and edited once is valid; a second answer gets VK's error 100 and is counted; calls
 * without the token are strays. Its pushes are message_events the VK adapter reads as the press.
 */
class E2eFakeVkTest {
    private static final int CHATS = 20;
    private final E2eFakeVk api = new E2eFakeVk();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void pressAnsweredWithItsSnackbarAndEditedOnceIsValid() throws IOException {
        E2eLedger books = api.open(0, 1, CHATS);

        assertThat(call("messages.sendMessageEventAnswer", answer(0, "Counted-yes", 700_000_000L))).isEqualTo(
                "{\"response\":1}");
        assertThat(call("messages.edit", "peer_id=700000000&conversation_message_id=1&message=Voted-yes"
                + auth())).isEqualTo("{\"response\":1}");

        assertThat(books.check().valid()).isTrue();
        assertThat(books.answeredAt(0)).isPositive();
        assertThat(api.strays()).isZero();
    }

    @Test
    void editNamingTheMessageByCmidIsBookedAsWell() throws IOException {
        E2eLedger books = api.open(0, 1, CHATS);

        call("messages.sendMessageEventAnswer", answer(0, "Counted-yes", 700_000_000L));
        call("messages.edit", "peer_id=700000000&cmid=1&message=Voted-yes" + auth());

        assertThat(books.check().valid()).isTrue();
    }

    @Test
    void secondAnswerGetsVkError100AndIsCounted() throws IOException {
        E2eLedger books = api.open(0, 1, CHATS);
        call("messages.sendMessageEventAnswer", answer(0, "Counted-yes", 700_000_000L));

        String again = call("messages.sendMessageEventAnswer", answer(0, "Counted-yes", 700_000_000L));

        assertThat(again).contains("\"error_code\":100", "already answered");
        assertThat(books.repeatedAnswers()).isEqualTo(1);
    }

    @Test
    void answerInAnotherPeerIsAWrongText() throws IOException {
        E2eLedger books = api.open(0, 1, CHATS);

        call("messages.sendMessageEventAnswer", answer(0, "Counted-yes", 700_000_001L));
        call("messages.edit", "peer_id=700000000&conversation_message_id=1&message=Voted-yes" + auth());

        assertThat(books.check().wrongTexts()).isEqualTo(1);
        assertThat(books.check().valid()).isFalse();
    }

    @Test
    void callWithoutTheTokenGetsVkError5AndIsAStray() throws IOException {
        api.open(0, 1, CHATS);

        String answer = call("messages.edit", "peer_id=700000000&conversation_message_id=1&message=Voted-yes&v=5.199");

        assertThat(answer).contains("\"error_code\":5");
        assertThat(api.strays()).isEqualTo(1);
    }

    @Test
    void onlyA200OkIsDelivered() {
        byte[] ok = "ok".getBytes(StandardCharsets.US_ASCII);
        byte[] other = "okay".getBytes(StandardCharsets.US_ASCII);

        assertThat(api.delivered(new Exchange.Answer(200, ok, ok.length))).isTrue();
        assertThat(api.delivered(new Exchange.Answer(200, other, other.length))).isFalse();
        assertThat(api.delivered(new Exchange.Answer(503, ok, ok.length))).isFalse();
    }

    @Test
    void pushIsAMessageEventTheVkAdapterReadsAsThePress() {
        ButtonPress press = (ButtonPress) VkPlatform.updates().read(api.press(4, CHATS));

        assertThat(press.pressId()).isEqualTo("p4");
        assertThat(press.userId()).isEqualTo(700_000_004L);
        assertThat(press.chatId()).hasValue(700_000_004L);
        assertThat(press.messageId()).hasValue(5L);
        assertThat(press.payload()).contains(E2ePresses.routeOf(4).data());
    }

    @Test
    void readsTheToastOfASnackbarOnly() {
        assertThat(E2eFakeVk.toast("{\"type\":\"show_snackbar\",\"text\":\"Rules-shown\"}")).isEqualTo("Rules-shown");
        assertThat(E2eFakeVk.toast("{\"type\":\"open_link\",\"link\":\"https://example.com\"}")).isNull();
        assertThat(E2eFakeVk.toast(null)).isNull();
    }

    private static String answer(int press, String toast, long peer) {
        return "event_id=p" + press + "&user_id=" + peer + "&peer_id=" + peer + "&event_data="
                + URLEncoder.encode("{\"type\":\"show_snackbar\",\"text\":\"" + toast + "\"}", StandardCharsets.UTF_8)
                + auth();
    }

    private static String auth() {
        return "&access_token=" + URLEncoder.encode(E2ePresses.TOKEN, StandardCharsets.UTF_8) + "&v=5.199";
    }

    private String call(String method, String form) throws IOException {
        try (SocketExchange exchange = new SocketExchange(URI.create(api.base() + "/method/" + method), "",
                "application/x-www-form-urlencoded")) {
            Exchange.Answer answer = exchange.post(form.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).isEqualTo(200);
            return new String(answer.body(), 0, answer.length(), StandardCharsets.UTF_8);
        }
    }
}
