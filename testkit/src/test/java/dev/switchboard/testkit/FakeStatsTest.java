package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fake counts updates, presses, answers, sends, edits and refusals. */
class FakeStatsTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test
    void aFlowIsCountedOnEachFake() throws Exception {
        fakes.run(new ScriptedBot(fakes.platforms(), 0).bot, () -> {
            fakes.telegram().user("Ira").sends("/start").presses("Yes").blocks();
            fakes.vk().user("Ira").sends("/start").presses("No");
            FakeUser blocked = fakes.vk().user("Oleg").blocks();
            assertThatThrownBy(() -> fakes.vkPlatform().messenger().send(blocked.id(), "hi?"))
                    .isInstanceOf(PlatformApiException.class);
        });

        assertThat(fakes.telegram().stats()).isEqualTo(new FakeStats(3, 1, 1, 0, 1, 1, 0));
        assertThat(fakes.vk().stats()).isEqualTo(new FakeStats(3, 1, 1, 0, 1, 1, 1));
        assertThat(fakes.stats()).isEqualTo(new FakeStats(6, 2, 2, 0, 2, 2, 1));
        assertThat(fakes.stats().allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void telegramCountsRefusedAnswersAndRefusedSends() throws Exception {
        FakeTelegram fake = fakes.telegram();
        RawTelegram raw = new RawTelegram(fake.apiUrl());
        long id = raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"Pick\",\"reply_markup\":"
                + RawTelegram.inlineMarkup("a") + "}").result().get("message_id").asLong();
        String query = fake.pressButton(42, id, "a");
        raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + query + "\"}");
        raw.call("answerCallbackQuery", "{\"callback_query_id\":\"" + query + "\"}");
        raw.call("sendMessage", "{\"chat_id\":42,\"text\":\"\"}");

        assertThat(fake.stats()).isEqualTo(new FakeStats(0, 1, 1, 1, 1, 0, 1));
        assertThat(fake.stats().allPressesAnsweredInTime()).isTrue();
    }
}
