package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every press answered exactly once, also when a reply to the answer is lost or garbled. */
class AnswersUnderFaultsTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test
    void aTelegramPressWhoseAnswerGotAGarbledReplyIsAnsweredExactlyOnce() throws Exception {
        Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
        fakes.run(bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira");
            ira.sends("/twins");
            fakes.telegram().failNextRequest(Fault.garbage());
            ira.presses("Other");
        });

        assertThat(fakes.telegram().answers()).extracting(AnsweredPress::answer)
                .containsExactly(PressAnswer.alert("twin:2"));
        assertThat(fakes.telegram().stats().pressesAnsweredInTime()).isEqualTo(1);
        assertThat(fakes.telegram().stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void aTelegramPressWhoseAnswerLostItsConnectionIsAnsweredExactlyOnce() throws Exception {
        Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
        fakes.run(bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira");
            ira.sends("/twins");
            fakes.telegram().failNextRequest(Fault.dropConnection());
            ira.presses("Other");
        });

        assertThat(fakes.telegram().answers()).hasSize(1);
        assertThat(fakes.telegram().stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void aVkPressWhoseAnswerGotAGarbledReplyIsAnsweredExactlyOnce() throws Exception {
        Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
        fakes.run(bot, () -> {
            FakeUser ira = fakes.vk().user("Ira");
            ira.sends("/twins");
            fakes.vk().failNextRequest(Fault.garbage());
            ira.presses("Other");
        });

        assertThat(fakes.vk().answers()).as("VK shows an alert as a snackbar").extracting(AnsweredPress::answer)
                .containsExactly(PressAnswer.toast("twin:2"));
        assertThat(fakes.vk().stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void everyPressIsAnsweredExactlyOnceWhileEveryAnswerMeetsAFault() throws Exception {
        List<Fault> faults = List.of(Fault.garbage(), Fault.dropConnection(), Fault.serverError(502),
                Fault.delay(Duration.ofMillis(50)));
        Bot bot = new ScriptedBot(fakes.platforms(), 0).bot;
        fakes.run(bot, () -> {
            FakeUser onTelegram = fakes.telegram().user("Ira").sends("/twins");
            FakeUser onVk = fakes.vk().user("Ira").sends("/twins");
            for (int i = 0; i < 2 * faults.size(); i++) {
                fakes.telegram().failNextRequest(faults.get(i % faults.size()));
                onTelegram.presses("Other");
                fakes.vk().failNextRequest(faults.get(i % faults.size()));
                onVk.presses("Other");
            }
        });

        assertThat(fakes.telegram().answers()).hasSize(8);
        assertThat(fakes.vk().answers()).hasSize(8);
        assertThat(fakes.stats().pressesMade()).isEqualTo(16);
        assertThat(fakes.stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void fakeVkRefusesASecondAnswerToAnEventWithError100AndCountsIt() throws Exception {
        RawVk raw = new RawVk(fakes.vk().apiUrl());
        Map<String, String> params = Map.of("event_id", "e1", "user_id", "7", "peer_id", "7");

        assertThat(raw.call("messages.sendMessageEventAnswer", params).path("response").asInt()).isEqualTo(1);
        assertThat(raw.call("messages.sendMessageEventAnswer", params).path("error").path("error_code").asInt())
                .isEqualTo(100);

        assertThat(fakes.vk().answers()).hasSize(1);
        assertThat(fakes.vk().stats().answersRefused()).isEqualTo(1);
    }

    @Test
    void fakeTelegramRefusesASecondAnswerToAQueryAndCountsIt() throws Exception {
        RawTelegram raw = new RawTelegram(fakes.telegram().apiUrl());
        long id = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"Pick\",\"reply_markup\":"
                + RawTelegram.inlineMarkup("a") + "}").result().get("message_id").asLong();
        String query = fakes.telegram().pressButton(42, id, "a");
        String answer = "{\"callback_query_id\":\"" + query + "\"}";

        assertThat(raw.call("answerCallbackQuery", answer).status()).isEqualTo(200);
        assertThat(raw.call("answerCallbackQuery", answer).status()).isEqualTo(400);

        assertThat(fakes.telegram().answers()).hasSize(1);
        assertThat(fakes.telegram().stats().answersRefused()).isEqualTo(1);
    }
}
